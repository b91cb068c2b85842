"""Label and tag orders shared by the task catalogue (`tasks`) and the Hub schemas
(`hub_schemas`), kept here so that neither imports the other."""

NLI_LABELS = ("entailment", "neutral", "contradiction")
UPOS_TAGS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
             "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")
PANX_TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
