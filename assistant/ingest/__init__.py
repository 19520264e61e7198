"""Documents in, attributed passages out: one reader per format producing blocks (`read_*`), the
layout step that finds sections, prompts and who answers (`layout`, `turns`, `presskit`), then
passage cutting (`passages`) and the folder-level corpus with its reports (`documents`)."""
