# One INTERFACE target carries the settings every target of the project shares.
add_library(cc_common INTERFACE)
target_compile_features(cc_common INTERFACE cxx_std_20)
target_compile_options(cc_common INTERFACE
    -Wall -Wextra -pedantic -Wnon-virtual-dtor -Woverloaded-virtual)
if(CC_WERROR)
    target_compile_options(cc_common INTERFACE -Werror)
endif()
target_compile_definitions(cc_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CC_APP_ID="${APP_ID}"
    CC_VERSION="${PROJECT_VERSION}")

# Sanitizers: -DCC_SANITIZE=address,undefined (any list -fsanitize= takes). UBSan stops at
# its first report, so a finding fails the test that made it.
set(CC_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(CC_SANITIZE)
    # -O1 -g1 (after the build type's flags, so they win): the speed the sanitizers are made
    # for, file:line in their reports, and the least compile time.
    set(cc_sanitize_flags -fsanitize=${CC_SANITIZE} -fno-omit-frame-pointer -O1 -g1)
    if(CC_SANITIZE MATCHES "undefined")
        list(APPEND cc_sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(cc_common INTERFACE ${cc_sanitize_flags})
    target_link_options(cc_common INTERFACE ${cc_sanitize_flags})
endif()

# libFuzzer builds (tests/fuzz/run.sh, clang only): the domain library is instrumented for
# coverage; each fuzz target links -fsanitize=fuzzer itself.
option(CC_FUZZ "Build only the domain library and its libFuzzer targets (clang)" OFF)
if(CC_FUZZ)
    target_compile_options(cc_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
