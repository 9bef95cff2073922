# Renames for code written before reader/ui/actions.py: the window's QActions moved from
# MainWindow attributes to MainWindow.commands (a WindowActions). Usage:
#   sed -i -f tools/rename-window-actions.sed tests/ui/*.py   (tests; code merges by hand)
s/\.bookmark_action\b/.commands.bookmark/g
s/\.bookmark_turn_action\b/.commands.bookmark_turn/g
s/\.undo_delete_action\b/.commands.undo_delete/g
s/\.copy_link_action\b/.commands.copy_link/g
s/\.find_action\b/.commands.find/g
s/\.search_action\b/.commands.search/g
s/\.open_action\b/.commands.open/g
s/\.open_folder_action\b/.commands.open_folder/g
s/\.next_same\b/.commands.next_same/g
s/\.prev_same\b/.commands.previous_same/g
s/\bw\(2\?\)\.zoom_\(in\|out\|reset\)\b/w\1.commands.zoom_\2/g
s/\.dialogue\.copy_citation_action\b/.commands.copy_citation/g
