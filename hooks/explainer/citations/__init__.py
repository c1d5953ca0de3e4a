"""Citations: references in GB/T 7714, APA and Chicago (``references``, via citeproc-py), the lead line of a
figure citation (``figure_lead``), and the BibTeX and CSL-JSON files (``files``)."""
