"""A colleague's form read from a grid of cells, whatever file the grid came from."""
