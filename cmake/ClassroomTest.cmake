# cc_add_test(NAME SOURCES a.cpp [b.cpp] LIBS lib...)
# One Qt Test executable registered with CTest. Widget tests run on the offscreen platform.
function(cc_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    # Qt compiles the build folder's absolute path into QTEST_MAIN (for QFINDTESTDATA), so every
    # clone would compile every test anew; "." is the same folder when CTest runs the test, and
    # lets ccache reuse the objects across clones.
    set_target_properties(${name} PROPERTIES QT_TESTCASE_BUILDDIR ".")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=0;UBSAN_OPTIONS=print_stacktrace=1;TSAN_OPTIONS=halt_on_error=1 second_deadlock_stack=1 die_after_fork=0 ignore_noninstrumented_modules=1 suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp")
endfunction()

# cc_add_other_fonts_test(NAME): test NAME again as NAME_otherfonts, under the second font setup
# (tests/fonts/other-fonts.conf: other sans and monospace families), so layouts that guessed a
# font's height instead of measuring it fail here rather than on a classroom PC.
function(cc_add_other_fonts_test name)
    add_test(NAME ${name}_otherfonts COMMAND ${name})
    get_test_property(${name} TIMEOUT timeout)
    get_test_property(${name} ENVIRONMENT environment)
    set_tests_properties(${name}_otherfonts PROPERTIES TIMEOUT ${timeout}
        ENVIRONMENT "${environment};FONTCONFIG_FILE=${PROJECT_SOURCE_DIR}/tests/fonts/other-fonts.conf")
endfunction()
