# The WebAssembly module (preset wasm): the page check of CITELINT_PAGE_SOURCES compiled by
# Debian's emscripten, with the browser's Intl.Segmenter for sentences where the native build
# asks ICU, and web/ beside it as a folder any static host serves (build/wasm/web).
#
# The header-only libraries come from Debian's packages. Only their own folders are put on the
# include path, never /usr/include, which holds the host's C library.
set(CITELINT_WASM_HEADERS ${CMAKE_BINARY_DIR}/system-headers)
file(MAKE_DIRECTORY ${CITELINT_WASM_HEADERS})
foreach(folder tao fmt nlohmann toml++)
  if(NOT EXISTS /usr/include/${folder})
    message(FATAL_ERROR "/usr/include/${folder} is missing: sh tools/install-deps.sh build")
  endif()
  file(CREATE_LINK /usr/include/${folder} ${CITELINT_WASM_HEADERS}/${folder} SYMBOLIC)
endforeach()

add_library(citelint_wasm_objects OBJECT ${CITELINT_PAGE_SOURCES}
  src/model/prose/sentence_breaks_intl.cpp
  web/entry.cpp)
target_include_directories(citelint_wasm_objects PRIVATE ${CMAKE_SOURCE_DIR})
target_include_directories(citelint_wasm_objects SYSTEM PRIVATE ${CITELINT_WASM_HEADERS})
target_compile_definitions(citelint_wasm_objects PRIVATE FMT_HEADER_ONLY TOML_EXCEPTIONS=1)
# WebAssembly's own exceptions: emscripten's JavaScript ones cost a call into JavaScript at
# every function that may throw (a 51 KB page's second check in Node: 31 ms, against 12 ms).
target_compile_options(citelint_wasm_objects PRIVATE ${CITELINT_WARNINGS} -fwasm-exceptions)

# citelint-wasm.js and .wasm for web pages and workers; citelint-wasm-inline.js, the same
# module inside the script, for the playground opened from a local folder (file://), where a
# browser fetches nothing and starts no worker.
foreach(variant citelint-wasm citelint-wasm-inline)
  string(REPLACE "-" "_" target ${variant})
  add_executable(${target} $<TARGET_OBJECTS:citelint_wasm_objects>)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ${variant} SUFFIX .js
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/web)
  target_link_options(${target} PRIVATE
    -fwasm-exceptions
    -sMODULARIZE=1 -sEXPORT_NAME=createCitelintWasm
    -sENVIRONMENT=web,worker,node
    -sALLOW_MEMORY_GROWTH=1
    -sEXPORTED_FUNCTIONS=_citelint_lint,_citelint_sentences,_citelint_free,_malloc,_free
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString
    --js-library ${CMAKE_SOURCE_DIR}/web/sentence_breaks.js)
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/sentence_breaks.js)
endforeach()
target_link_options(citelint_wasm_inline PRIVATE -sSINGLE_FILE=1)

# web/ beside the module: the JavaScript face, the worker, the gadget and the playground.
file(GLOB CITELINT_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*.js
  ${CMAKE_SOURCE_DIR}/web/*.mjs ${CMAKE_SOURCE_DIR}/web/*.html ${CMAKE_SOURCE_DIR}/web/*.css)
list(REMOVE_ITEM CITELINT_WEB_FILES ${CMAKE_SOURCE_DIR}/web/sentence_breaks.js)
set(CITELINT_WEB_COPIES "")
foreach(web_file ${CITELINT_WEB_FILES})
  get_filename_component(name ${web_file} NAME)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/web/${name}
    COMMAND ${CMAKE_COMMAND} -E copy ${web_file} ${CMAKE_BINARY_DIR}/web/${name}
    DEPENDS ${web_file})
  list(APPEND CITELINT_WEB_COPIES ${CMAKE_BINARY_DIR}/web/${name})
endforeach()
add_custom_target(citelint_web ALL DEPENDS ${CITELINT_WEB_COPIES} citelint_wasm citelint_wasm_inline)

# The catalogues compiled in are longer literals than the standard requires compilers to take;
# clang takes them, and says so under -Wpedantic.
set_source_files_properties(${CMAKE_BINARY_DIR}/generated/data.cpp PROPERTIES
  COMPILE_OPTIONS -Wno-overlength-strings)
