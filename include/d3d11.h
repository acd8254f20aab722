/* d3d11.h: winsession provides no windowing, GDI or Direct3D (see README,
 * "Building Windows code"); stop here with a clear message rather than
 * with a hundred undefined names. */
#error "d3d11.h: winsession provides no windowing, GDI or Direct3D subsystem; this program needs one"
