"""Round 28, the integrator's first-contact probe: a legal review with almost no numbers.

Odeku, "Employee's Perception of Fairness of Advancement: Implications for Fair Labour
Practices", Mediterranean Journal of Social Sciences 4(13), November 2013, pages 867-873
(tests/real/papers/odeku_mjss13.pdf; olmocr's tests/gnarly_pdfs/failing_anchor_pg4.pdf). Its
claims are the prose of a literature review: who showed what, what the law allows, what the
paper recommends. 58 claims were labelled from the page images before the tool ran.

First contact: 31 decided, **4 wrong**. Each is fixed by a general rule:

- "Adebayo (2005) showed that employees are least motivated when fairness is observed in a
  workplace by the leadership" (false) was confirmed by "... when fairness is observed in a
  workplace by the leadership, employees are motivated by this, and where it is the contrary,
  employees are least motivated": the claim joins one case's condition to the contrary case's
  outcome (`guards_reversed_cases`).
- "Janssen's (2000) study demonstrated that an employee who is creative and productive should be
  rewarded" (true) was contradicted by "... should be rewarded and those that are not should not
  be": the "not" belongs to the other cases, set against the first by "and those that"
  (`negation_scope._CLAUSE_BREAK`).
- "... the interview panel should consist only of academic staff" (false) was confirmed by a
  passage listing four constituencies, and "... the panellist should be exempt from civil
  responsibility" (false) by "the civil responsibility of any panellist ... should also be
  explored": a claim's "only" or "exempt" that the passage does not say in any words
  (`guards_unsaid_qualifiers`).

Now: 28 decided, 0 wrong (35 of 58 right with the unverified ones).

The second probe: WHO, "Updated recommendations on treatment of adolescents and children with
chronic HCV infection, and HCV simplified service delivery and diagnostics" (2022; CC BY-NC-SA
3.0 IGO), its pages xvii-xviii and 4-7 (tests/real/papers/who_hcv22.pdf, by pypdf from
PyMuPDF's tests/resources/test-3820.pdf): epidemiology with many percentages. 61 claims
labelled from the page images; first contact 33 decided, **3 wrong**:

- "Among HCV-infected persons, diabetes mellitus is the most common comorbidity" (false) was
  confirmed by "the three most common comorbidities are depression (24%), diabetes mellitus
  (15%) and chronic renal disease (10%)": a superlative given to a counted group ranks no member
  first (`guards_superlatives._places`, `_IN_A_GROUP`).
- "The prevalence of extrahepatic manifestations depends strongly on the degree of liver
  fibrosis" and "Sexual transmission of HCV occurs frequently in heterosexual couples" (both
  false) were confirmed by "usually independent of the degree of liver fibrosis" and "occurs
  infrequently": the Latin negating prefixes "in-", "im-", "ir-", "il-" before long words that
  take them (`prefixed_negations._negates`).

The guidelines' two pages of "EXECUTIVE SUMMARY" were read as a title and then front matter:
only its first paragraph was kept (as an unlabelled abstract), so five true claims about the
reviews, surveys and updates found no passage. A line read as the title that is an opening
heading ("Executive summary", "Abstract", "Introduction") opens a section instead
(`headings.opening_heading`).

Now: 36 decided, 0 wrong (40 of 61 right); the true "the most common comorbidity is
depression, at 24%" is withheld (the group rule does not read the values given with it).
"""

from __future__ import annotations

from functools import cache

from probe_verdicts import probe_set_tests, real_paper, status_of

from verify_claims.claims import Status
from verify_claims.verify import (
    guard_chain,
    guards_superlatives,
    negation_scope,
    prefixed_negations,
)
from verify_claims.verify.guards_reversed_cases import reversed_case
from verify_claims.verify.guards_unsaid_qualifiers import unsaid_qualifier
from verify_claims.verify.memo import Memo
from verify_claims.verify.prefixed_negations import prefixed_denial

ODEKU = "odeku_mjss13"

ODEKU_PROBES = [
    ('At common law, an employee has no legal right or entitlement to insist on promotion '
     'to the next or any higher post unless the contract of employment explicitly spells '
     'out the conditions.', 'confirmed'),
    ('At common law, an employee has a legal right to insist on promotion to the next '
     'higher post.', 'contradicted'),
    ('An employer who contravenes Section 186(2)(a) of the LRA is liable for unfair labour '
     'practice relating to promotion.', 'confirmed'),
    ('An employer who contravenes Section 186(2)(b) of the LRA is liable for unfair labour '
     'practice relating to promotion.', 'contradicted'),
    ('In South Africa, the Labour Relations Act has come to rectify this anomaly, so '
     'promotions are recognised under the law (Bhorat et al. 2002).', 'confirmed'),
    ('According to García-Izquierdo et al. (2012:394), fairness in promotions is a core '
     'issue for organizations as it is directly related to some of the most important '
     'organizational outcomes.', 'confirmed'),
    ('According to García-Izquierdo et al. (2012:349), fairness in promotions is a core '
     'issue for organizations.', 'contradicted'),
    ('Procedural fairness will always result in job satisfaction (García-Izquierdo et al. '
     '2012).', 'confirmed'),
    ('Procedural fairness rarely results in job satisfaction (García-Izquierdo et al. '
     '2012).', 'contradicted'),
    ('Transparency is considered an important antecedent of procedural justice.', 'confirmed'),
    ('Adebayo (2005) showed that when fairness is observed in a workplace by the '
     'leadership, employees are motivated.', 'confirmed'),
    ('Adebayo (2005) showed that employees are least motivated when fairness is observed '
     'in a workplace by the leadership.', 'contradicted'),
    ('Harel et al. (2003) revealed that fairness in promotion could be a motivating factor '
     'for high performance to an applicant who was selected during the promotion.', 'confirmed'),
    ('Harel et al. (2003) found that fairness in promotion lowers the confidence and '
     'self-esteem of the selected applicant.', 'contradicted'),
    ('Harel et al. (2003) surveyed 1,200 employees of Israeli firms.', 'unverified'),
    ('Harel et al. (2013) revealed that fairness in promotion could be a motivating factor '
     'for high performance.', 'contradicted'),
    ("Elkins et al.'s (2003) study dwelled on the issues of gender and affirmative actions "
     'in the workplace.', 'confirmed'),
    ('Elkins et al. (2003) found that in an affirmative action environment, the promotion '
     'of a female usually resulted in positive or negative perceptions.', 'confirmed'),
    ('Bald and McBrier (1997) examined promotion tied to race, especially the Black and '
     'White phenomenon in the USA.', 'confirmed'),
    ('Bald and McBrier (1997) examined promotion tied to gender in the United Kingdom.',
     'contradicted'),
    ('In the USA, Blacks are always getting promoted in the workplace over Whites, even '
     'where Whites are doing the same job.', 'contradicted'),
    ('In South Africa, Blacks, especially females, are always treated favourably regarding '
     'promotions at the workplace.', 'confirmed'),
    ("Janssen's (2000) study demonstrated that an employee who is creative and productive "
     'should be rewarded.', 'confirmed'),
    ('If a hardworking employee is denied promotion, it amounts to over-reward unfairness.',
     'contradicted'),
    ('If a hardworking employee is denied promotion, it will amount to under-reward '
     'unfairness.', 'confirmed'),
    ('Truxillo et al. (2004) dealt extensively with the question of when fairness should '
     'matter in selection procedures.', 'confirmed'),
    ('Truxillo et al. (2004) conducted a meta-analysis of 86 studies of selection '
     'fairness.', 'unverified'),
    ('When the selection procedure used was fair, people reacted positively to the outcome '
     'of the selection processes.', 'confirmed'),
    ('If the selection for advancement is at a university, the interview panel should '
     "include persons from the academia, labour unions, students' representatives and the "
     'human resources.', 'confirmed'),
    ('If the selection for advancement is at a university, the interview panel should '
     'consist only of academic staff.', 'contradicted'),
    ('The information of the selection process should not be released, nor the identities '
     "of the applicants' scores.", 'confirmed'),
    ('The fact that a particular candidate obtained more marks in the interview is '
     'immaterial when it comes to the appointment of a successful candidate.', 'confirmed'),
    ('In South Africa, the candidate who obtained the highest marks in the interview must '
     'always be appointed.', 'contradicted'),
    ('Giolland and Steiner (2001:175) say: "we need to hire the best and brightest".', 'confirmed'),
    ('Giolland and Steiner (2001:157) say: "we need to hire the best and brightest".',
     'contradicted'),
    ('Organisational justice entails procedure and concerns of distributive justice.', 'confirmed'),
    ('The concepts of fairness and justice are closely linked.', 'confirmed'),
    ('The concepts of fairness and justice are unrelated.', 'contradicted'),
    ('Adjudicating institutions, mostly the law courts, have fashioned a range of remedies '
     'such as a declaratory order, remittal to an employer for consideration, protective '
     'promotion, actual promotion, and compensation (Rendleman, 1974).', 'confirmed'),
    ('Adjudicating institutions have fashioned exactly five remedies for unfair promotion.',
     'unverified'),
    ('Protective promotion is a situation where an employee is not promoted to the actual '
     'post, but is promoted in rank and remuneration (Byrt, 1966).', 'confirmed'),
    ('Protective promotion is a situation where an employee is promoted to the actual post '
     'but not in remuneration.', 'contradicted'),
    ('Compensation as a remedy is availed to an aggrieved employee where, due to '
     "procedural irregularity, the applicant's application was not processed for "
     'promotion.', 'confirmed'),
    ('The court can impose actual promotion only after the advertised position has been '
     'filled.', 'contradicted'),
    ('If the position has not been filled, the court can on its own impose actual '
     'promotion by giving the position to the aggrieved party (Chayes et al. 1970).', 'confirmed'),
    ('Unqualified people are always selected to do jobs that require skills and expertise '
     'because of the cadre deployment of the ANC.', 'confirmed'),
    ('If a panellist acted mala fide, action should be instituted not only against the '
     'employer, but the civil responsibility of the panellists should also be explored.',
     'confirmed'),
    ('If a panellist acted mala fide, the panellist should be exempt from civil '
     'responsibility.', 'contradicted'),
    ('Another challenging situation is when an employer fills the post without giving '
     'others who applied a chance to be interviewed (Fowler and Mangione 1990).', 'confirmed'),
    ('It will be appropriate to appoint an unfit applicant if the subsequent interviews '
     'were tainted by bad faith.', 'contradicted'),
    ('As long as the right thing is not done, such appointments will always generate '
     'controversy (Arvey and Renz, 1992).', 'confirmed'),
    ('Fairness issues can also be used in consideration of dispute resolution (Delgado et '
     'al. 1985).', 'confirmed'),
    ('The methodology of the study was reliance on the literature.', 'confirmed'),
    ('Workers have rights even though the employer is the owner of the business.', 'confirmed'),
    ('Promotion disputes account for 30% of the cases brought before the CCMA.', 'unverified'),
    ('The CCMA resolved 4,500 promotion disputes in 2012.', 'unverified'),
    ('The study recommends that promotion interviews be video-recorded.', 'unverified'),
    ('Promotion or advancement would have taken place if an employee advances or '
     'progresses to a', 'unverified'),
]

WHO = "who_hcv22"
WHO_PROBES = [
    ('HCV infection leads to approximately 399 000 deaths annually.', 'confirmed'),
    ('HCV infection leads to approximately 399 000 deaths annually, mostly from cirrhosis '
     'and hepatocellular carcinoma.', 'confirmed'),
    ('HCV infection leads to approximately 939 000 deaths annually.', 'contradicted'),
    ('In 2019, WHO estimated that 58 million persons were chronically infected with '
     'hepatitis C.', 'confirmed'),
    ('In 2019, WHO estimated that 85 million persons were chronically infected with '
     'hepatitis C.', 'contradicted'),
    ('In 2019, 1.5 million new HCV infections occurred.', 'confirmed'),
    ('In 2019, 2.5 million new HCV infections occurred.', 'contradicted'),
    ('Worldwide, HCV infection may be caused by any of six major HCV genotypes.', 'confirmed'),
    ('Worldwide, HCV infection may be caused by any of eight major HCV genotypes.', 'contradicted'),
    ('The Sixty-ninth World Health Assembly endorsed the global health sector strategy on '
     'viral hepatitis in May 2016.', 'confirmed'),
    ('Elimination is defined as a 90% reduction in new chronic infections and a 65% '
     'reduction in mortality compared with a 2015 baseline.', 'confirmed'),
    ('Elimination is defined as a 65% reduction in new chronic infections and a 90% '
     'reduction in mortality compared with a 2015 baseline.', 'contradicted'),
    ('Elimination is defined as a 90% reduction in new chronic infections compared with a '
     '2010 baseline.', 'contradicted'),
    ('Reaching the targets will require diagnosis of 90% of those infected and treatment '
     'of 80% of those diagnosed.', 'confirmed'),
    ('Reaching the targets will require treatment of 90% of those diagnosed as infected.',
     'contradicted'),
    ('In 2019, of the 58 million persons with HCV infection, 21% had been diagnosed.', 'confirmed'),
    ('In 2019, only 13% of persons with chronic HCV infection had been treated.', 'confirmed'),
    ('In 2019, 31% of persons with chronic HCV infection had been treated.', 'contradicted'),
    ('In 2019 the share of persons with HCV infection who had been diagnosed exceeded the '
     'share treated by 8 percentage points.', 'confirmed'),
    ('The priority areas include direct-acting antiviral treatment of adolescents and '
     'children ages 3 years and older.', 'confirmed'),
    ('The priority areas include direct-acting antiviral treatment of children ages 12 '
     'years and older only.', 'contradicted'),
    ('Five systematic reviews and meta-analyses were undertaken to address the key '
     'research questions.', 'confirmed'),
    ('Seven systematic reviews and meta-analyses were undertaken to address the key '
     'research questions.', 'contradicted'),
    ('Four values and preferences surveys were undertaken to assess perspectives of '
     'affected communities and health workers.', 'confirmed'),
    ('In July 2021, the first modular update on hepatitis C self-testing guidelines was '
     'launched.', 'confirmed'),
    ('In 2023, all updates will be compiled into a single consolidated guideline on '
     'hepatitis B and C.', 'confirmed'),
    ('Spontaneous clearance in the absence of treatment occurs within six months of '
     'infection in around 25% of infected individuals.', 'confirmed'),
    ('Spontaneous clearance in the absence of treatment occurs within six months of '
     'infection in around 45% of infected individuals.', 'contradicted'),
    ('Incident HCV infection is associated with early symptoms in approximately 20% of '
     'persons.', 'confirmed'),
    ('The remaining 55-85% develop chronic HCV infection.', 'confirmed'),
    ('The risk of cirrhosis in those with chronic hepatitis C infection ranges from 15% to '
     '30% after about 20 years of infection.', 'confirmed'),
    ('The risk of cirrhosis in those with chronic hepatitis C infection ranges from 15% to '
     '30% after about 10 years of infection.', 'contradicted'),
    ('Annually, approximately 1-3% of persons with cirrhosis progress to HCC.', 'confirmed'),
    ('Annually, approximately 5-7% of persons with cirrhosis progress to HCC.', 'contradicted'),
    ('Among HCV-infected persons, the most common comorbidity is depression, at 24%.', 'confirmed'),
    ('Among HCV-infected persons, diabetes mellitus is the most common comorbidity.',
     'contradicted'),
    ('Among HCV-infected persons, chronic renal disease affects 15%.', 'contradicted'),
    ('Among HCV-infected persons, depression is 9 percentage points more common than '
     'diabetes mellitus.', 'confirmed'),
    ('The prevalence of extrahepatic manifestations depends strongly on the degree of '
     'liver fibrosis.', 'contradicted'),
    ('In 2010, an estimated 5% of health care injections worldwide were given with '
     'unsterilized, reused injection devices.', 'confirmed'),
    ('Unsafe injections were estimated to lead to 315 000 new HCV infections each year.',
     'confirmed'),
    ('Unsafe injections were estimated to lead to 351 000 new HCV infections each year.',
     'contradicted'),
    ('Globally, injection drug use may account for 23% of new HCV infections.', 'confirmed'),
    ('8% of current HCV infections are among people who inject drugs.', 'confirmed'),
    ('Globally, injection drug use may account for 8% of new HCV infections.', 'contradicted'),
    ('Mother-to-child transmission affects 4-8% of children born to women with HCV '
     'infection.', 'confirmed'),
    ('Mother-to-child transmission affects 10.8-25% of children born to women with HIV/HCV '
     'coinfection.', 'confirmed'),
    ('Sexual transmission of HCV occurs frequently in heterosexual couples.', 'contradicted'),
    ('Transmission among HIV-negative men who have sex with men is decreasing.', 'contradicted'),
    ('Sofosbuvir/velpatasvir was approved by both the US FDA and the EMA in 2016.', 'confirmed'),
    ('Sofosbuvir/velpatasvir was approved by both the US FDA and the EMA in 2017.', 'contradicted'),
    ('The FDA and EMA approved glecaprevir/pibrentasvir in 2017.', 'confirmed'),
    ('Glecaprevir/pibrentasvir is recommended for persons with decompensated cirrhosis '
     '(Child-Pugh Class C).', 'contradicted'),
    ('Daclatasvir was approved by the EMA in 2014 and by the FDA in 2015.', 'confirmed'),
    ('Daclatasvir was approved by the FDA in 2014 and by the EMA in 2015.', 'contradicted'),
    ('An updated review of retreatment of persons with DAA failure is planned for 2022.',
     'confirmed'),
    ('DAAs for HCV infection were initially sold at a very low price.', 'contradicted'),
    ('Sofosbuvir/velpatasvir achieves a sustained virological response of 98% in genotype '
     '3.', 'unverified'),
    ('Glecaprevir/pibrentasvir requires 8 weeks of treatment in treatment-naive persons '
     'without cirrhosis.', 'unverified'),
    ('In 2019, 9.4 million people were receiving HCV treatment.', 'unverified'),
    ('The cost of a DAA course fell below US$ 100 in 2021.', 'unverified'),
]

_paper = cache(real_paper)

PROBE_SETS = {ODEKU: (ODEKU_PROBES, 28), WHO: (WHO_PROBES, 36)}
probe_set, test_no_probe_gets_a_wrong_decisive_verdict, \
    test_the_probes_decided_as_labelled_stay_decided = probe_set_tests(PROBE_SETS, _paper)

ADEBAYO = ("Adebayo (2005) showed that employees are least motivated when fairness is observed in "
           "a workplace by the leadership.")
ADEBAYO_TRUE = ("Adebayo (2005) showed that when fairness is observed in a workplace by the "
                "leadership, employees are motivated.")
JANSSEN = ("Janssen's (2000) study demonstrated that an employee who is creative and productive "
           "should be rewarded.")
ONLY = ("If the selection for advancement is at a university, the interview panel should consist "
        "only of academic staff.")
EXEMPT = ("If a panellist acted mala fide, the panellist should be exempt from civil "
          "responsibility.")
EXPLORED = ("If a panellist acted mala fide, action should be instituted not only against the "
            "employer, but the civil responsibility of the panellists should also be explored.")


def _status(text: str) -> tuple[Status, str]:
    return status_of({ODEKU: _paper(ODEKU)}, ODEKU, text)


def test_a_claim_joining_a_case_to_the_contrary_case_decides_nothing():
    status, why = _status(ADEBAYO)
    assert status == Status.unverified, why
    assert "contrary case" in why
    status, why = _status(ADEBAYO_TRUE)
    assert status == Status.confirmed, why


def test_planted_reversed_case_guard_off_confirms_the_least_motivated(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_reversed_cases", lambda *args: None)
    status, why = _status(ADEBAYO + " ")
    assert status == Status.confirmed, why


def test_reversed_case_reads_both_sides_of_the_marker():
    quote = ("X showed that when A is done, B is high, and where it is the contrary, B is "
             "lowest.")
    assert reversed_case("X showed that B is lowest when A is done.", quote) == (
        "and where it is the contrary")
    assert reversed_case("X showed that when A is done, B is high.", quote) is None
    assert reversed_case("B is lowest when A is done.", "When A is done, B is lowest.") is None


def test_a_negation_of_the_other_cases_is_no_flip():
    status, why = _status(JANSSEN)
    assert status == Status.confirmed, why


def test_planted_and_those_that_unbroken_contradicts_janssen(monkeypatch):
    monkeypatch.setattr(negation_scope, "_CLAUSE_BREAK", negation_scope.re.compile(
        r";|\b(?=(?:since|because)\b)", negation_scope.re.IGNORECASE))
    status, why = _status(JANSSEN + " ")
    assert status == Status.contradicted, why


def test_an_unsaid_only_or_exempt_decides_nothing():
    for claim in (ONLY, EXEMPT):
        status, why = _status(claim)
        assert status == Status.unverified, (claim, why)
        assert "The claim says \u201c" in why
    status, why = _status(EXPLORED)
    assert status == Status.confirmed, why


def test_planted_qualifier_guard_off_confirms_only_and_exempt(monkeypatch):
    monkeypatch.setattr(guard_chain, "guard_unsaid_qualifiers", lambda *args: None)
    for claim in (ONLY, EXEMPT):
        status, why = _status(claim + " ")
        assert status == Status.confirmed, (claim, why)


def test_a_qualifier_said_in_other_words_is_said():
    assert unsaid_qualifier("X is used only for Y.", "X is used exclusively for Y.") is None
    assert unsaid_qualifier("X is used only for Y.", "X is used for Y and Z.") is not None
    assert unsaid_qualifier("X is not only used for Y.", "X is used for Y.") is None
    assert unsaid_qualifier("Members are exempt from the fee.", "Members pay no fee.") is None
    assert unsaid_qualifier("Members are exempt from the fee.",
                            "Not only members but all pay the fee.") is not None


DIABETES = "Among HCV-infected persons, diabetes mellitus is the most common comorbidity."
DEPENDS = ("The prevalence of extrahepatic manifestations depends strongly on the degree of liver "
           "fibrosis.")
FREQUENTLY = "Sexual transmission of HCV occurs frequently in heterosexual couples."
MSM = "Sexual transmission of HCV is more frequent in men who have sex with men."


def _who(text: str) -> tuple[Status, str]:
    return status_of({WHO: _paper(WHO)}, WHO, text)


def test_a_superlative_given_to_a_counted_group_ranks_no_member_first():
    status, why = _who(DIABETES)
    assert status == Status.unverified, why
    assert "to a group" in why


def test_planted_group_read_as_first_place_confirms_diabetes(monkeypatch):
    monkeypatch.setattr(guards_superlatives, "_IN_A_GROUP", 1)
    status, why = _who(DIABETES + " ")
    assert status == Status.confirmed, why


def test_a_latin_prefix_negates_the_claim_s_word():
    for claim in (DEPENDS, FREQUENTLY):
        status, why = _who(claim)
        assert status == Status.unverified, (claim, why)
    status, why = _who(MSM)
    assert status != Status.contradicted, why
    assert prefixed_denial("X occurs frequently in couples.",
                           "X occurs infrequently in couples.") == ("frequently", "infrequently")
    assert prefixed_denial("The rate depends on fibrosis.",
                           "The rate is usually independent of fibrosis.") == (
        "depends", "independent")
    # Nouns and words that do not take the prefix are no negations.
    assert prefixed_denial("The data format of the corpus.",
                           "The information of the corpus.") is None
    assert prefixed_denial("The side of the trial.", "Inside the trial.") is None


def test_planted_latin_prefixes_unread_confirm_the_flips(monkeypatch):
    monkeypatch.setattr(prefixed_negations, "_PREFIXES", ("un", "non-", "non"))
    # the sentences' prefixed words are remembered per text: read them again without "in-"
    monkeypatch.setattr(prefixed_negations, "_CLAUSES", Memo(64))
    # round 34's guards read the same opposite ("depends" against "independent") their own way
    monkeypatch.setattr(guard_chain, "guard_prefixed_opposites", lambda *args: None)
    monkeypatch.setattr(guard_chain, "guard_privative_supports", lambda *args: None)
    for claim in (DEPENDS, FREQUENTLY):
        status, why = _who(claim + " ")
        assert status == Status.confirmed, (claim, why)


SURVEYS = ("Four values and preferences surveys were undertaken to assess perspectives of affected "
           "communities and health workers.")


def test_an_executive_summary_read_as_the_title_is_read_as_a_section():
    paper = _paper(WHO)
    assert paper.sections[0].title == "EXECUTIVE SUMMARY" and paper.title is None
    assert sum(sentence.page <= 2 for sentence in paper.sentences) >= 20
    status, why = _who(SURVEYS)
    assert status == Status.confirmed, why


def test_planted_opening_heading_read_as_title_loses_the_summary(monkeypatch):
    from verify_claims.extract import paper as paper_module
    from verify_claims.extract import unlabelled_abstract
    monkeypatch.setattr(paper_module, "opening_heading", lambda line: False)
    monkeypatch.setattr(unlabelled_abstract, "opening_heading", lambda line: False)
    paper = real_paper(WHO)
    assert sum(sentence.page <= 2 for sentence in paper.sentences) < 10
    status, why = status_of({WHO: paper}, WHO, SURVEYS + " ")
    assert status == Status.unverified, why
