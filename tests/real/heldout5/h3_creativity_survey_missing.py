"""Report 3 (Markdown pipe table): a survey of creative machine learning (arXiv 1601.03642v1),
cited by its arXiv link with no copy in sources/, so every claim is unverified whatever the
paper says (see README.md)."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

TH = "1601.03642v1"  # Thoma, Creativity in Machine Learning (arXiv, 2016); no copy provided

MISSING = "The only cited source (arXiv 1601.03642v1) is not in sources/."

R = Row
ROWS = (
    R("Feeding a plain per-pixel network with 500 x 500 RGB images would mean 750,000 input "
      "signals, which motivates convolutional layers.", True, 0.32, "unverified",
      "source_missing", TH, None,
      "True of the paper (§III: 'for 500 px × 500 px RGB images one would get 750,000 input "
      "signals')",
      MISSING),
    R("The survey sorts creative machine-learning output into three media: images, text and "
      "audio.", True, 0.28, "unverified", "source_missing", TH, None,
      "True of the paper (abstract: 'The obtained results come in multiple forms: As images, "
      "as text and as audio.')", MISSING),
    R("Learning is defined following Mitchell: a program learns from experience E on tasks T if "
      "its performance P improves with E.", False, 0.25, "unverified", "source_missing", TH,
      None, "True of the paper (§II quotes Tom Mitchell's definition)", MISSING),
    R("Convolution layers learn the weights of image filters instead of a full connection "
      "between the input and the first hidden layer.", True, 0.27, "unverified",
      "source_missing", TH, None,
      "True of the paper (§III: 'Instead of learning the full connection between the input "
      "layer and the first hidden layer, those networks make use of convolution layers.')",
      MISSING),
    R("The survey is organised into basics, then images, text and music, and ends with a "
      "discussion.", True, 0.22, "unverified", "source_missing", TH, None,
      "True of the paper (§I: 'Section II introduces ... machine learning, Section III ... "
      "images, Section IV ... textual content, and Section V ... music. A discussion follows "
      "in Section VI.')", MISSING),
    R("Creativity is taken, after a dictionary, to be the ability to use one's imagination to "
      "produce new ideas.", True, 0.2, "unverified", "source_missing", TH, None,
      "True of the paper (§I: creativity is 'the ability to use your imagination to produce "
      "new ideas, make things etc.' [Gad06])", MISSING),
)

REPORT = LabelledReport(
    file="03_creativity_survey_missing.md",
    title="Can Machines Be Creative? A Short Reading of One Survey",
    date="March 20, 2027",
    examines="Creativity in Machine Learning",
    research_question="What kinds of creative output do machine learning systems produce, and "
                      "from which techniques",
    references=(TH,),
    abstract="Generative models now produce images, text and music that did not exist before. "
             "We summarise how one introductory survey explains these results to newcomers.",
    rows=ROWS,
    quality_score=6.9,
)
