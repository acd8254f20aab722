# CMake toolchain file: configure a project written for Windows to build
# as Linux programs over winsession.
#   cmake -DCMAKE_TOOLCHAIN_FILE=<prefix>/share/winsession/winsession.cmake ..
# The drivers bring the SDK headers, Windows' include rules, the entry
# points and libwinsession; target_link_libraries(app winhttp) finds the
# DLL names in <prefix>/lib. The system stays Linux (CMAKE_SYSTEM_NAME):
# the programs are ELF executables, not .exe files.
get_filename_component(WINSESSION_ROOT "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(CMAKE_C_COMPILER "${WINSESSION_ROOT}/bin/winsession-cc")
set(CMAKE_CXX_COMPILER "${WINSESSION_ROOT}/bin/winsession-c++")
set(WINSESSION TRUE)
list(APPEND CMAKE_PREFIX_PATH "${WINSESSION_ROOT}")
link_directories("${WINSESSION_ROOT}/lib")
