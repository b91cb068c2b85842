"""Held-out-12 report 3 (Markdown): Zelikman, Harik, Shao, Jayasiri, Haber, Goodman,
Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking (arXiv 2403.09629v1,
one column, 25 pages). A paper whose numbers are almost all in the running text: zero-shot
accuracies before and after training ("5.9%->10.9%", with an arrow and no space), gains stated
as percentages that are points ("improves performance by 10.9%"), the C4 run, the pause-token
comparison with another paper's numbers, hyperparameters in an appendix ("a learning rate of
1e - 6"), ablation gains in ranges ("0.1-0.3%"); the only plots carry no printed values.
Labelled from the page images (110 dpi) and `pdftotext -layout` before any verifier run."""

from __future__ import annotations

from claim_labels import LabelledReport, Row

QS = "2403.09629"  # Zelikman et al., Quiet-STaR (arXiv 2403.09629v1)

ABS = ("Abstract (page 1): after continued pretraining of an LM on a corpus of internet text "
       "with Quiet-STaR, we find zero-shot improvements on GSM8K (5.9%->10.9%) and "
       "CommonsenseQA (36.3%->47.2%).")
INTRO = ("Section 1 (page 2): Quiet-STaR results in improvements to zero-shot direct-reasoning "
         "abilities on CommonsenseQA (36.3%->47.2%) and GSM8K (5.9%->10.9%), and that these "
         "improvements consistently increase with the number of tokens used in the LM's "
         "internal thoughts.")
DOWN = ("Section 5.1 (page 8): On CommonsenseQA, we find that Quiet-STaR improves performance "
        "by 10.9% compared to the base language model ... Similarly, on GSM8K, Quiet-STaR results "
        "in a 5.0% boost over the base model.")
EQUAL = ("Section 5 (page 8): early in our exploration we observed that Quiet-STaR does not "
         "benefit all tokens equally.")
C4 = ("Section 5.1 (page 9): We find that training with Quiet-STaR on C4 also improves "
      "performance on GSM8K (5.9% -> 8.1%) and CommonsenseQA (36.3% -> 42.6%) but by a smaller "
      "margin. Specifically, for our C4 evaluation, we train Mistral 7B with 16 thought tokens "
      "and 4 true tokens ahead and otherwise the same setup.")
PAUSE = ("Section 5.1 (page 9): Their results indicate that pause token fine-tuning also "
         "provides minor gains over the base model on CommonsenseQA, they observed an "
         "improvement from 26.9% to 28.8%; on GSM8K, Goyal et al. (2023) found that pause token "
         "fine-tuning harms performance ... Note however, that unlike Goyal et al. (2023), we do "
         "not fine-tune on the downstream tasks.")
DIST = ("Section 5.2 (page 9): we find that on average there is little improvement in the LM's "
        "ability to predict arbitrary tokens. But, when we visualize the distribution of relative "
        "improvements, there is a disproportionate improvement on more difficult tokens.")
HYP = ("Appendix A (page 17): we use the AdamW optimizer with a warmup of 20 steps, a learning "
       "rate of 1e-6, a weight decay of 0.001, and a batch size of 8 ... our <|startofthought|> "
       "and <|endofthought|> embedding gradient weight is 1e2 and our policy weight is 1e6 ... "
       "we select a random span of 256 tokens from each sample ... Mixing Head: we use a "
       "three-layer MLP with ReLU activation ... Computation: We train all of our models on a "
       "single node of eight 80GB H100s.")
ABLD = ("Appendix D (pages 17-18): using multiple thoughts consistently outperformed it (by "
        "roughly 0.5% on GSM8K generalization and 3% on CommonsenseQA generalization) ... "
        "additional thoughts per sequence beyond two improved performance by only 0.1-0.3% on "
        "both GSM8K and CommonsenseQA. Similarly, we found that predicting more than one token "
        "ahead helped by 0.3% on GSM8K and 3.1% on CommonsenseQA.")


def C(text, cat, page, ev, why="As printed."):
    return Row(text, True, 0.83, "confirmed", cat, QS, page, ev, why)


def X(text, cat, page, ev, why):
    return Row(text, True, 0.77, "contradicted", cat, QS, page, ev, why)


def U(text, page, ev, why):
    return Row(text, True, 0.66, "unverified", "unsupported_relation", QS, page, ev, why)


ROWS = (
    # --- confirmed ---------------------------------------------------------------------------
    C("Continued pretraining with Quiet-STaR raises zero-shot GSM8K accuracy from 5.9% to "
      "10.9%.", "text_number", 1, ABS),
    C("On CommonsenseQA, zero-shot accuracy climbs from 36.3% to 47.2% after Quiet-STaR "
      "training.", "text_number", 1, ABS),
    C("Quiet-STaR improves CommonsenseQA performance by 10.9 points over the base language "
      "model.", "text_number", 8, f"{DOWN}; {ABS}", "The text's 10.9% is the difference of "
      "47.2 and 36.3."),
    C("On GSM8K, Quiet-STaR gives a 5.0% boost over the base model.", "text_number", 8, DOWN),
    C("Training on C4 instead still helps, lifting GSM8K to 8.1% and CommonsenseQA to 42.6%.",
      "text_number", 9, C4),
    C("The gains from C4 training are smaller than those from OpenWebMath on both benchmarks.",
      "paraphrase", 9, f"{C4}; {ABS}", "8.1 < 10.9 and 42.6 < 47.2; 'by a smaller margin'."),
    C("For the C4 run, Mistral 7B is trained with 16 thought tokens and 4 true tokens ahead.",
      "text_number", 9, C4),
    C("Pause-token fine-tuning raised CommonsenseQA accuracy only from 26.9% to 28.8% in Goyal "
      "et al.'s experiments.", "text_number", 9, PAUSE),
    C("C4 training adds 6.3 points on CommonsenseQA, from 36.3% to 42.6%.", "cell_arithmetic", 9,
      C4, "42.6 - 36.3 = 6.3."),
    C("The C4-trained model's GSM8K gain of 2.2 points is less than half the 5.0-point gain "
      "from OpenWebMath training.", "cell_arithmetic", 9, f"{C4}; {DOWN}",
      "8.1 - 5.9 = 2.2 < 2.5."),
    C("Training uses AdamW with 20 warmup steps, a learning rate of 1e-6, a weight decay of "
      "0.001 and a batch size of 8.", "text_number", 17, HYP),
    C("All models are trained on a single node of eight 80GB H100 GPUs.", "text_number", 17, HYP),
    C("Each training sample is a random span of 256 tokens.", "text_number", 17, HYP),
    C("Sampling several thoughts per sequence beat the single-thought reward baseline by "
      "roughly 0.5% on GSM8K and 3% on CommonsenseQA.", "text_number", 17, ABLD),
    C("Predicting more than one token ahead helped by 0.3% on GSM8K and 3.1% on CommonsenseQA.",
      "text_number", 18, ABLD),
    C("Quiet-STaR has so far only been applied to a 7-billion-parameter model.", "paraphrase",
      11, "Section 7 (page 11): We have also only applied Quiet-STaR to a 7 billion parameter "
      "model, albeit a powerful one."),
    C("The improvements grow consistently with the number of tokens in the model's internal "
      "thoughts.", "paraphrase", 2, INTRO),
    C("Unlike the pause-token work, Quiet-STaR is not fine-tuned on the downstream tasks it is "
      "evaluated on.", "paraphrase", 9, PAUSE),
    # --- contradicted ------------------------------------------------------------------------
    X("Quiet-STaR lifts zero-shot CommonsenseQA accuracy from 36.3% to 42.7%.",
      "transposed_digits", 1, ABS, "47.2%."),
    X("With C4 as the training corpus, CommonsenseQA accuracy reaches 47.2%.", "wrong_number", 9,
      C4, "42.6%; 47.2% is the OpenWebMath result."),
    X("Training on C4 yields larger gains than training on OpenWebMath.", "direction_flip", 9,
      C4, "Smaller: 'by a smaller margin'."),
    X("Goyal et al. found that pause-token fine-tuning improves GSM8K performance.",
      "direction_flip", 9, PAUSE, "They found it harms performance on GSM8K."),
    X("Adding thoughts per sequence beyond two improved performance by 3.1% on both benchmarks.",
      "wrong_number", 18, ABLD, "Only 0.1-0.3%; 3.1% is the tokens-ahead gain on "
      "CommonsenseQA."),
    X("Training runs on a single node of four 80GB H100s.", "wrong_count", 17, HYP, "Eight."),
    X("Each training sample is a random span of 512 tokens.", "wrong_number", 17, HYP, "256."),
    X("The mixing head is a two-layer MLP.", "wrong_count", 17, HYP, "Three-layer."),
    X("Quiet-STaR benefits all tokens equally.", "negation", 8, EQUAL,
      "The paper observed that it does not."),
    X("The improvement is spread evenly, with difficult tokens gaining no more than easy ones.",
      "negation", 9, DIST, "There is a disproportionate improvement on more difficult tokens."),
    X("Quiet-STaR improves GSM8K accuracy by 10.9% over the base model.", "wrong_number", 8,
      f"{DOWN}; {ABS}", "A 5.0% boost (5.9 -> 10.9); 10.9% is the CommonsenseQA gain."),
    X("The optimiser's learning rate is 1e-5.", "wrong_number", 17, HYP, "1e-6."),
    # --- unverified --------------------------------------------------------------------------
    U("Quiet-STaR raises Mistral 7B's accuracy on the MATH benchmark from 5.9% to 10.9%.", 1, ABS,
      "MATH is not evaluated; the numbers are GSM8K's."),
    U("Quiet-STaR improves Llama 2 7B's CommonsenseQA accuracy by 10.9%.", 8, DOWN,
      "Only Mistral 7B is trained."),
    U("With chain-of-thought prompting, the Quiet-STaR model reaches 47.2% on GSM8K.", 1, ABS,
      "47.2 is zero-shot CommonsenseQA; no chain-of-thought accuracy is reported."),
    U("Quiet-STaR outperforms pause tokens by 8.1 points on CommonsenseQA.", 9, PAUSE,
      "The two are never compared in points; 8.1 is the C4 GSM8K accuracy."),
    U("Training Quiet-STaR on OpenWebMath takes about 12 hours on the eight H100s.", 17, HYP,
      "No training time is reported."),
    U("The 0.5% GSM8K gain from multiple thoughts doubles with 4 tokens ahead.", 17, ABLD,
      "No such interaction is reported."),
    U("Quiet-STaR lowers perplexity on difficult OpenWebMath tokens by 3.1%.", 18, ABLD,
      "No perplexity change is quantified; 3.1% is a CommonsenseQA gain."),
    U("The policy weight of 1e6 was chosen by a grid search over five values.", 17, HYP,
      "No search is described."),
    U("Quiet-STaR's 10.9% GSM8K accuracy is reached after 256 training steps.", 8, DOWN,
      "256 is the span length in tokens; the step count of the best result is not stated."),
)

REPORT = LabelledReport(
    file="03_thinking_tokens.md",
    title="Learning to Think Before Each Token",
    date="2027-06-02",
    examines="training language models to generate internal rationales during pretraining",
    research_question="Do internal thoughts learned from web text improve zero-shot reasoning?",
    references=(QS,),
    rows=ROWS,
    quality_score=7.2,
)
