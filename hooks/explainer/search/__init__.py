"""The search index: one per edition (``split_index``), glossary spellings added (``aliases``), and the
jieba dictionary cut to the characters of the site (``jieba_dictionary``)."""
