add_library(citecheck_warnings INTERFACE)
target_compile_options(citecheck_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(CITECHECK_WERROR)
  target_compile_options(citecheck_warnings INTERFACE -Werror)
endif()
