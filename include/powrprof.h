/* powrprof.h: winsession provides no power management (power schemes,
 * SetSuspendState); stop here with a clear message rather than with
 * undefined names (README, "Building Windows code"). */
#error "powrprof.h: winsession provides no power management API; this program needs one"
