# Warning flags shared by every Chronicle target.
function(chronicle_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(CHRONICLE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
