# Words and phrases many screens and commands share.
yes = yes
no = no
