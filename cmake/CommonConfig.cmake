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
