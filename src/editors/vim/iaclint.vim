" iaclint as Vim's compiler: :make runs a scan and fills the quickfix list.
"   :source src/editors/vim/iaclint.vim   then   :make
setlocal makeprg=iaclint\ scan\ --format\ gcc\ .
setlocal errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m
