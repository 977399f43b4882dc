# core
# A record saved by someone else in between.
core-changed = { $record } was { $by } (now version { $version })
core-changed-by = changed by { $user } at { $at }
core-changed-by-someone = changed by someone else

# What the store reports.
core-store-in-use = database { $path } is in use by another kontor process; close it first (only one process may open a database)
core-store-open = cannot open database { $path }: { $reason }
core-store-not-found = { $record } does not exist
core-store-stale = { $record } was changed by someone else (now version { $current }, you edited version { $expected }); reload and try again
core-store-corrupt = stored { $kind } record is damaged: { $reason }
core-store-too-new = stored { $kind } record has schema version { $found }, newer than this kontor understands ({ $known }); upgrade kontor
core-store-disk-full = the disk holding the database is full: this change was not saved; free some space and try again
core-store-sled = database error: { $reason }
