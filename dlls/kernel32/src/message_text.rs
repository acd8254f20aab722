//! The message tables FormatMessage reads: Windows' English texts for the
//! system error codes programs print and winsession's APIs set (from
//! Microsoft's "System Error Codes" pages), the WinHTTP texts
//! `winhttp.dll` carries, and Media Foundation's MF_E_* texts. Each message ends with CR LF in the table, as in
//! Windows' message tables; FormatMessage adds it.
//!
//! Sorted by code, so a lookup is a binary search.

/// Win32 error codes 0-7999 (system error codes).
pub(crate) const SYSTEM: &[(u32, &str)] = &[
    (0, "The operation completed successfully."),
    (1, "Incorrect function."),
    (2, "The system cannot find the file specified."),
    (3, "The system cannot find the path specified."),
    (4, "The system cannot open the file."),
    (5, "Access is denied."),
    (6, "The handle is invalid."),
    (7, "The storage control blocks were destroyed."),
    (
        8,
        "Not enough memory resources are available to process this command.",
    ),
    (9, "The storage control block address is invalid."),
    (10, "The environment is incorrect."),
    (
        11,
        "An attempt was made to load a program with an incorrect format.",
    ),
    (12, "The access code is invalid."),
    (13, "The data is invalid."),
    (
        14,
        "Not enough storage is available to complete this operation.",
    ),
    (15, "The system cannot find the drive specified."),
    (16, "The directory cannot be removed."),
    (
        17,
        "The system cannot move the file to a different disk drive.",
    ),
    (18, "There are no more files."),
    (19, "The media is write protected."),
    (20, "The system cannot find the device specified."),
    (21, "The device is not ready."),
    (22, "The device does not recognize the command."),
    (23, "Data error (cyclic redundancy check)."),
    (
        24,
        "The program issued a command but the command length is incorrect.",
    ),
    (
        25,
        "The drive cannot locate a specific area or track on the disk.",
    ),
    (26, "The specified disk or diskette cannot be accessed."),
    (27, "The drive cannot find the sector requested."),
    (28, "The printer is out of paper."),
    (29, "The system cannot write to the specified device."),
    (30, "The system cannot read from the specified device."),
    (31, "A device attached to the system is not functioning."),
    (
        32,
        "The process cannot access the file because it is being used by another process.",
    ),
    (
        33,
        "The process cannot access the file because another process has locked a portion of the file.",
    ),
    (
        34,
        "The wrong diskette is in the drive. Insert %2 (Volume Serial Number: %3) into drive %1.",
    ),
    (36, "Too many files opened for sharing."),
    (38, "Reached the end of the file."),
    (39, "The disk is full."),
    (50, "The request is not supported."),
    (
        51,
        "Windows cannot find the network path. Verify that the network path is correct and the destination computer is not busy or turned off. If Windows still cannot find the network path, contact your network administrator.",
    ),
    (
        52,
        "You were not connected because a duplicate name exists on the network. If joining a domain, go to System in Control Panel to change the computer name and try again. If joining a workgroup, choose another workgroup name.",
    ),
    (53, "The network path was not found."),
    (54, "The network is busy."),
    (
        55,
        "The specified network resource or device is no longer available.",
    ),
    (56, "The network BIOS command limit has been reached."),
    (57, "A network adapter hardware error occurred."),
    (
        58,
        "The specified server cannot perform the requested operation.",
    ),
    (59, "An unexpected network error occurred."),
    (60, "The remote adapter is not compatible."),
    (61, "The printer queue is full."),
    (
        62,
        "Space to store the file waiting to be printed is not available on the server.",
    ),
    (63, "Your file waiting to be printed was deleted."),
    (64, "The specified network name is no longer available."),
    (65, "Network access is denied."),
    (66, "The network resource type is not correct."),
    (67, "The network name cannot be found."),
    (
        68,
        "The name limit for the local computer network adapter card was exceeded.",
    ),
    (69, "The network BIOS session limit was exceeded."),
    (
        70,
        "The remote server has been paused or is in the process of being started.",
    ),
    (
        71,
        "No more connections can be made to this remote computer at this time because there are already as many connections as the computer can accept.",
    ),
    (72, "The specified printer or disk device has been paused."),
    (80, "The file exists."),
    (82, "The directory or file cannot be created."),
    (83, "Fail on INT 24."),
    (84, "Storage to process this request is not available."),
    (85, "The local device name is already in use."),
    (86, "The specified network password is not correct."),
    (87, "The parameter is incorrect."),
    (88, "A write fault occurred on the network."),
    (89, "The system cannot start another process at this time."),
    (100, "Cannot create another system semaphore."),
    (101, "The exclusive semaphore is owned by another process."),
    (102, "The semaphore is set and cannot be closed."),
    (103, "The semaphore cannot be set again."),
    (
        104,
        "Cannot request exclusive semaphores at interrupt time.",
    ),
    (105, "The previous ownership of this semaphore has ended."),
    (106, "Insert the diskette for drive %1."),
    (
        107,
        "The program stopped because an alternate diskette was not inserted.",
    ),
    (108, "The disk is in use or locked by another process."),
    (109, "The pipe has been ended."),
    (110, "The system cannot open the device or file specified."),
    (111, "The file name is too long."),
    (112, "There is not enough space on the disk."),
    (113, "No more internal file identifiers available."),
    (114, "The target internal file identifier is incorrect."),
    (
        117,
        "The IOCTL call made by the application program is not correct.",
    ),
    (
        118,
        "The verify-on-write switch parameter value is not correct.",
    ),
    (119, "The system does not support the command requested."),
    (120, "This function is not supported on this system."),
    (121, "The semaphore timeout period has expired."),
    (122, "The data area passed to a system call is too small."),
    (
        123,
        "The filename, directory name, or volume label syntax is incorrect.",
    ),
    (124, "The system call level is not correct."),
    (125, "The disk has no volume label."),
    (126, "The specified module could not be found."),
    (127, "The specified procedure could not be found."),
    (128, "There are no child processes to wait for."),
    (129, "The %1 application cannot be run in Win32 mode."),
    (
        130,
        "Attempt to use a file handle to an open disk partition for an operation other than raw disk I/O.",
    ),
    (
        131,
        "An attempt was made to move the file pointer before the beginning of the file.",
    ),
    (
        132,
        "The file pointer cannot be set on the specified device or file.",
    ),
    (
        133,
        "A JOIN or SUBST command cannot be used for a drive that contains previously joined drives.",
    ),
    (
        134,
        "An attempt was made to use a JOIN or SUBST command on a drive that has already been joined.",
    ),
    (
        135,
        "An attempt was made to use a JOIN or SUBST command on a drive that has already been substituted.",
    ),
    (
        136,
        "The system tried to delete the JOIN of a drive that is not joined.",
    ),
    (
        137,
        "The system tried to delete the substitution of a drive that is not substituted.",
    ),
    (
        138,
        "The system tried to join a drive to a directory on a joined drive.",
    ),
    (
        139,
        "The system tried to substitute a drive to a directory on a substituted drive.",
    ),
    (
        140,
        "The system tried to join a drive to a directory on a substituted drive.",
    ),
    (
        141,
        "The system tried to SUBST a drive to a directory on a joined drive.",
    ),
    (
        142,
        "The system cannot perform a JOIN or SUBST at this time.",
    ),
    (
        143,
        "The system cannot join or substitute a drive to or for a directory on the same drive.",
    ),
    (
        144,
        "The directory is not a subdirectory of the root directory.",
    ),
    (145, "The directory is not empty."),
    (146, "The path specified is being used in a substitute."),
    (
        147,
        "Not enough resources are available to process this command.",
    ),
    (148, "The path specified cannot be used at this time."),
    (
        149,
        "An attempt was made to join or substitute a drive for which a directory on the drive is the target of a previous substitute.",
    ),
    (
        150,
        "System trace information was not specified in your CONFIG.SYS file, or tracing is disallowed.",
    ),
    (
        151,
        "The number of specified semaphore events for DosMuxSemWait is not correct.",
    ),
    (
        152,
        "DosMuxSemWait did not execute; too many semaphores are already set.",
    ),
    (153, "The DosMuxSemWait list is not correct."),
    (
        154,
        "The volume label you entered exceeds the label character limit of the target file system.",
    ),
    (155, "Cannot create another thread."),
    (156, "The recipient process has refused the signal."),
    (
        157,
        "The segment is already discarded and cannot be locked.",
    ),
    (158, "The segment is already unlocked."),
    (159, "The address for the thread ID is not correct."),
    (160, "One or more arguments are not correct."),
    (161, "The specified path is invalid."),
    (162, "A signal is already pending."),
    (164, "No more threads can be created in the system."),
    (167, "Unable to lock a region of a file."),
    (170, "The requested resource is in use."),
    (171, "Device's command support detection is in progress."),
    (
        173,
        "A lock request was not outstanding for the supplied cancel region.",
    ),
    (
        174,
        "The file system does not support atomic changes to the lock type.",
    ),
    (
        180,
        "The system detected a segment number that was not correct.",
    ),
    (182, "The operating system cannot run %1."),
    (183, "Cannot create a file when that file already exists."),
    (186, "The flag passed is not correct."),
    (187, "The specified system semaphore name was not found."),
    (188, "The operating system cannot run %1."),
    (189, "The operating system cannot run %1."),
    (190, "The operating system cannot run %1."),
    (191, "Cannot run %1 in Win32 mode."),
    (192, "The operating system cannot run %1."),
    (193, "%1 is not a valid Win32 application."),
    (194, "The operating system cannot run %1."),
    (195, "The operating system cannot run %1."),
    (
        196,
        "The operating system cannot run this application program.",
    ),
    (
        197,
        "The operating system is not presently configured to run this application.",
    ),
    (198, "The operating system cannot run %1."),
    (
        199,
        "The operating system cannot run this application program.",
    ),
    (
        200,
        "The code segment cannot be greater than or equal to 64K.",
    ),
    (201, "The operating system cannot run %1."),
    (202, "The operating system cannot run %1."),
    (
        203,
        "The system could not find the environment option that was entered.",
    ),
    (
        205,
        "No process in the command subtree has a signal handler.",
    ),
    (206, "The filename or extension is too long."),
    (207, "The ring 2 stack is in use."),
    (
        208,
        "The global filename characters, * or ?, are entered incorrectly or too many global filename characters are specified.",
    ),
    (209, "The signal being posted is not correct."),
    (210, "The signal handler cannot be set."),
    (212, "The segment is locked and cannot be reallocated."),
    (
        214,
        "Too many dynamic-link modules are attached to this program or dynamic-link module.",
    ),
    (215, "Cannot nest calls to LoadModule."),
    (
        216,
        "This version of %1 is not compatible with the version of Windows you're running. Check your computer's system information and then contact the software publisher.",
    ),
    (217, "The image file %1 is signed, unable to modify."),
    (218, "The image file %1 is strong signed, unable to modify."),
    (
        220,
        "This file is checked out or locked for editing by another user.",
    ),
    (221, "The file must be checked out before saving changes."),
    (
        222,
        "The file type being saved or retrieved has been blocked.",
    ),
    (
        223,
        "The file size exceeds the limit allowed and cannot be saved.",
    ),
    (
        224,
        "Access Denied. Before opening files in this location, you must first add the web site to your trusted sites list, browse to the web site, and select the option to login automatically.",
    ),
    (
        225,
        "Operation did not complete successfully because the file contains a virus or potentially unwanted software.",
    ),
    (
        226,
        "This file contains a virus or potentially unwanted software and cannot be opened. Due to the nature of this virus or potentially unwanted software, the file has been removed from this location.",
    ),
    (229, "The pipe is local."),
    (230, "The pipe state is invalid."),
    (231, "All pipe instances are busy."),
    (232, "The pipe is being closed."),
    (233, "No process is on the other end of the pipe."),
    (234, "More data is available."),
    (240, "The session was canceled."),
    (254, "The specified extended attribute name was invalid."),
    (255, "The extended attributes are inconsistent."),
    (258, "The wait operation timed out."),
    (259, "No more data is available."),
    (266, "The copy functions cannot be used."),
    (267, "The directory name is invalid."),
    (275, "The extended attributes did not fit in the buffer."),
    (
        276,
        "The extended attribute file on the mounted file system is corrupt.",
    ),
    (277, "The extended attribute table file is full."),
    (278, "The specified extended attribute handle is invalid."),
    (
        282,
        "The mounted file system does not support extended attributes.",
    ),
    (288, "Attempt to release mutex not owned by caller."),
    (298, "Too many posts were made to a semaphore."),
    (
        299,
        "Only part of a ReadProcessMemory or WriteProcessMemory request was completed.",
    ),
    (
        317,
        "The system cannot find message text for message number 0x%1 in the message file for %2.",
    ),
    (487, "Attempt to access invalid address."),
    (
        995,
        "The I/O operation has been aborted because of either a thread exit or an application request.",
    ),
    (996, "Overlapped I/O event is not in a signaled state."),
    (997, "Overlapped I/O operation is in progress."),
    (998, "Invalid access to memory location."),
    (1004, "Invalid flags."),
    (
        1008,
        "An attempt was made to reference a token that does not exist.",
    ),
    (
        1113,
        "No mapping for the Unicode character exists in the target multi-byte code page.",
    ),
    (
        1117,
        "The request could not be performed because of an I/O device error.",
    ),
    (1167, "The device is not connected."),
    (1168, "Element not found."),
    (
        1210,
        "The format of the specified computer name is invalid.",
    ),
    (1223, "The operation was canceled by the user."),
    (
        1231,
        "The network location cannot be reached. For information about network troubleshooting, see Windows Help.",
    ),
    (1314, "A required privilege is not held by the client."),
    (1359, "An internal error occurred."),
    (1400, "Invalid window handle."),
    (
        1460,
        "This operation returned because the timeout period expired.",
    ),
    (1722, "The RPC server is unavailable."),
    (1726, "The remote procedure call failed."),
    (
        1784,
        "The supplied user buffer is not valid for the requested operation.",
    ),
    (
        1815,
        "The specified resource language ID cannot be found in the image file.",
    ),
    (4317, "The operation identifier is not valid."),
    (
        5023,
        "The group or resource is not in the correct state to perform the requested operation.",
    ),
    (7001, "The specified session name is invalid."),
    (7022, "The specified session cannot be found."),
    (
        7024,
        "The requested operation cannot be completed because the terminal connection is currently busy processing a connect, disconnect, reset, or delete operation.",
    ),
];

/// The messages of `winhttp.dll` (ERROR_WINHTTP_*, 12001-12185). Windows'
/// WinHTTP texts carry no final period.
pub(crate) const WINHTTP: &[(u32, &str)] = &[
    (12001, "No more handles could be generated at this time"),
    (12002, "The operation timed out"),
    (
        12004,
        "An internal error occurred in the Microsoft Windows HTTP Services",
    ),
    (12005, "The URL is invalid"),
    (12006, "The URL does not use a recognized protocol"),
    (12007, "The server name or address could not be resolved"),
    (12009, "A request specified an invalid option value"),
    (12011, "The requested option cannot be set, only queried"),
    (
        12012,
        "The Microsoft Windows HTTP Services support has been shut down",
    ),
    (12015, "The login attempt failed"),
    (12017, "The operation has been canceled"),
    (
        12018,
        "The type of handle supplied is incorrect for this operation",
    ),
    (
        12019,
        "The handle is in the wrong state for the requested operation",
    ),
    (
        12029,
        "A connection with the server could not be established",
    ),
    (
        12030,
        "The connection with the server was terminated abnormally",
    ),
    (
        12037,
        "The date in the certificate is invalid or has expired",
    ),
    (
        12038,
        "The host name in the certificate is invalid or does not match",
    ),
    (
        12044,
        "A certificate is required to complete client authentication",
    ),
    (12045, "The certificate authority is invalid or incorrect"),
    (12150, "The requested header could not be located"),
    (
        12152,
        "The server returned an invalid or unrecognized response",
    ),
    (12154, "The request for a HTTP header is invalid"),
    (
        12155,
        "The header could not be added because it already exists",
    ),
    (
        12156,
        "The redirection failed because either the scheme changed or all attempts made to redirect failed",
    ),
    (12157, "An error occurred in the secure channel support"),
    (12175, "A security error occurred"),
];

/// Media Foundation's MF_E_* HRESULTs that winsession's mf DLL returns, with
/// the texts of the SDK's mferror.h (Windows finds them from
/// FORMAT_MESSAGE_FROM_SYSTEM too).
pub(crate) const MEDIA_FOUNDATION: &[(u32, &str)] = &[
    (
        0xC00D36B1,
        "The buffer was too small to carry out the requested action.",
    ),
    (0xC00D36B2, "The request is invalid in the current state."),
    (0xC00D36B3, "The stream number provided was invalid."),
    (
        0xC00D36B4,
        "The data specified for the media type is invalid, inconsistent, or not supported by this object.",
    ),
    (
        0xC00D36B5,
        "The callee is currently not accepting further input.",
    ),
    (
        0xC00D36B6,
        "This object needs to be initialized before the requested operation can be carried out.",
    ),
    (
        0xC00D36B7,
        "The requested representation is not supported by this object.",
    ),
    (
        0xC00D36B9,
        "An object ran out of media types to suggest therefore the requested chain of streaming objects cannot be completed.",
    ),
    (
        0xC00D36BA,
        "The object does not support the specified service.",
    ),
    (
        0xC00D36BB,
        "An unexpected error has occurred in the operation requested.",
    ),
    (0xC00D36BD, "Invalid type."),
    (0xC00D36BF, "Invalid index."),
    (0xC00D36C3, "The scheme of the given URL is unsupported."),
    (
        0xC00D36C4,
        "The byte stream type of the given URL is unsupported.",
    ),
    (0xC00D36C5, "The given time format is unsupported."),
    (0xC00D36C8, "The Media Sample does not have a timestamp."),
    (0xC00D36C9, "The Media Sample does not have a duration."),
    (0xC00D36D0, "The specified rate is not supported."),
    (
        0xC00D36D1,
        "This component does not support stream-thinning.",
    ),
    (0xC00D36D5, "The specified object or value does not exist."),
    (0xC00D36D6, "The requested value is not available."),
    (
        0xC00D36D7,
        "The specified operation requires a clock and no clock is available.",
    ),
    (
        0xC00D36D9,
        "This callback has already been passed in to this event generator.",
    ),
    (
        0xC00D36DA,
        "Some component is already listening to events on this event generator.",
    ),
    (
        0xC00D36E3,
        "You are calling MFStartup with the wrong MF_VERSION. Mismatched bits?",
    ),
    (
        0xC00D36E5,
        "The operation on the current offset is not permitted.",
    ),
    (0xC00D36E6, "The requested attribute was not found."),
    (
        0xC00D36F1,
        "Mutually exclusive flags have been specified to source resolver. This flag combination is invalid.",
    ),
    (
        0xC00D36FA,
        "Activate failed to create a media sink. Call OutputNode::GetUINT32(MF_TOPONODE_MAJORTYPE) for more information.",
    ),
    (
        0xC00D36FC,
        "The media session cannot pause from a stopped state.",
    ),
    (0xC00D3E80, "There are no events available in the queue."),
    (
        0xC00D3E82,
        "A media source cannot go from the stopped state to the paused state.",
    ),
    (
        0xC00D3E84,
        "The media stream cannot process any more samples because there are no more samples in the stream.",
    ),
    (
        0xC00D3E85,
        "The request is invalid because Shutdown() has been called.",
    ),
    (0xC00D3E8C, "The Media format is recognized but is invalid."),
    (
        0xC00D3E98,
        "The Media format is recognized but not supported.",
    ),
    (0xC00D3E9B, "The media source is in the wrong state."),
    (0xC00D4A38, "Stream sink is removed."),
    (
        0xC00D4A3B,
        "Stream Sinks cannot be added to or removed from this Media Sink because its set of streams is fixed.",
    ),
    (0xC00D4A3C, "The given Stream Sink already exists."),
    (
        0xC00D4A41,
        "No streams are selected in the sink presentation descriptor.",
    ),
    (0xC00D4E84, "No audio playback device was found."),
    (
        0xC00D520E,
        "The topology contains an invalid optional node. Possible reasons are an incorrect number of outputs and inputs or an optional node is at the beginning or end of a segment.",
    ),
    (
        0xC00D5212,
        "No suitable transform was found to encode or decode the content.",
    ),
    (0xC00D5214, "Unsupported operations in the topoloader."),
    (
        0xC00D5217,
        "A source stream node in the topology does not have a presentation descriptor.",
    ),
    (
        0xC00D5218,
        "A source stream node in the topology does not have a stream descriptor.",
    ),
    (
        0xC00D5219,
        "A stream descriptor was set on a source stream node but it was not selected on the presentation descriptor.",
    ),
    (
        0xC00D521A,
        "A source stream node in the topology does not have a source.",
    ),
    (
        0xC00D521B,
        "The topology loader does not support sink activates on output nodes.",
    ),
    (
        0xC00D6D60,
        "A valid type has not been set for this stream or a stream that it depends on.",
    ),
    (
        0xC00D6D61,
        "A stream change has occurred. Output cannot be produced until the streams have been renegotiated.",
    ),
    (
        0xC00D6D72,
        "The transform cannot produce output until it gets more input samples.",
    ),
];

/// The text of `id` in a table.
pub(crate) fn find(table: &[(u32, &'static str)], id: u32) -> Option<&'static str> {
    table
        .binary_search_by_key(&id, |&(code, _)| code)
        .ok()
        .map(|i| table[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for table in [SYSTEM, WINHTTP, MEDIA_FOUNDATION] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert_eq!(find(SYSTEM, 5), Some("Access is denied."));
        assert_eq!(find(SYSTEM, 35), None);
    }
}
