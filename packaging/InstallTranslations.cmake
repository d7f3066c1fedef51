# Install-time script: copies the merchant-console_*.qm files built anywhere under
# MC_QM_SEARCH_DIR to MC_QM_DESTINATION (relative to the install prefix).
file(GLOB_RECURSE mc_qm LIST_DIRECTORIES false "${MC_QM_SEARCH_DIR}/*.qm")
list(FILTER mc_qm INCLUDE REGEX "/merchant-console_[^/]*\\.qm$")
list(FILTER mc_qm EXCLUDE REGEX "/_CPack_Packages/")
if(NOT mc_qm)
    message(FATAL_ERROR "No merchant-console_*.qm under ${MC_QM_SEARCH_DIR}: build first")
endif()
file(INSTALL ${mc_qm} DESTINATION "${CMAKE_INSTALL_PREFIX}/${MC_QM_DESTINATION}")
