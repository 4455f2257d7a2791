# How the project's targets are made: each exports only its own include folder, and a lesson is
# one cc_add_lesson() call.

# cc_export_include(TARGET FOLDER)
# TARGET's include path becomes one folder of the build tree holding a single symlink named after
# FOLDER (e.g. build/include/cc_widgets/widgets -> widgets/), for itself and for whoever links it.
# So "widgets/theme.h" is found only by targets that link cc_widgets: a widgets file that includes
# a lesson header, or a stage file that includes a widgets one, does not build. The direction
# app -> lessons/<id> -> widgets -> lessons/stage is enforced by the build, not hoped for.
function(cc_export_include target folder)
    get_filename_component(name "${folder}" NAME)
    set(root "${CMAKE_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${root}")
    if(NOT EXISTS "${root}/${name}")
        file(CREATE_LINK "${folder}" "${root}/${name}" SYMBOLIC)
    endif()
    # Replaces whatever the target's own CMakeLists exported (e.g. the parent of its folder).
    set_property(TARGET ${target} PROPERTY INCLUDE_DIRECTORIES "${root}")
    set_property(TARGET ${target} PROPERTY INTERFACE_INCLUDE_DIRECTORIES "${root}")
endfunction()

# cc_add_translations(TARGET MODULE FOLDER)
# Compiles FOLDER/MODULE_<lang>.ts with lrelease and embeds them as :/i18n/MODULE_<lang>.qm, where
# LanguageManager finds every module's translations at run time.
function(cc_add_translations target module folder)
    file(GLOB ts_files CONFIGURE_DEPENDS "${folder}/${module}_*.ts")
    if(NOT ts_files)
        message(FATAL_ERROR "${module}: no translations in ${folder}")
    endif()
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${module}_translations" PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
endfunction()

# cc_add_lesson(ID [WORKERS header] ENGINE files... [PANEL files...] [RESOURCES files...])
# One lesson, from the folder it is called in:
#  - cc_lesson_<ID>_engine: the ENGINE sources, Qt Core and the stage only (tested and TSan-checked
#    without widgets);
#  - cc_lesson_<ID>: the PANEL sources (panel, page, descriptor) on the engine and cc_widgets, with
#    content/*.md, code/* and RESOURCES embedded as :/lessons/<ID>/..., and i18n/<ID>_*.ts
#    compiled and embedded (one Tr context per lesson).
# Both export only the lesson's folder ("<ID>/..."). With CC_ENGINES_ONLY only the engine exists.
# WORKERS names the engine header declaring `stage::ChildRuntime::Bodies <ID>::childBodies()`, the
# bodies its child processes run: the course's worker executable serves them (lessons/course).
function(cc_add_lesson id)
    cmake_parse_arguments(L "" "WORKERS" "ENGINE;PANEL;RESOURCES" ${ARGN})
    set(dir "${CMAKE_CURRENT_SOURCE_DIR}")
    set(engine cc_lesson_${id}_engine)
    add_library(${engine} STATIC ${L_ENGINE})
    target_link_libraries(${engine} PUBLIC cc_stage Qt6::Core)
    cc_export_include(${engine} "${dir}")
    if(L_WORKERS)
        set_property(GLOBAL APPEND PROPERTY CC_WORKER_LESSONS "${id}/${L_WORKERS}")
    endif()
    if(CC_ENGINES_ONLY)
        return()
    endif()

    set(panel cc_lesson_${id})
    add_library(${panel} STATIC ${L_PANEL})
    target_link_libraries(${panel} PUBLIC ${engine} cc_widgets Qt6::Widgets)
    cc_export_include(${panel} "${dir}")
    file(GLOB content RELATIVE "${dir}" CONFIGURE_DEPENDS "${dir}/content/*.md" "${dir}/code/*")
    qt_add_resources(${panel} "${id}_content" PREFIX "/lessons/${id}"
        FILES ${content} ${L_RESOURCES})
    cc_add_translations(${panel} ${id} "${dir}/i18n")
endfunction()
