"""Word lists and patterns that decide metric, stance, reference figures, events and boilerplate.

Kept apart from the code that applies them so a rule change is a data change, reviewed in one
place (raise EXTRACTOR_VERSION when editing). Patterns run on a sentence's text; word sets are
compared with a token's lower-case form or lemma.
"""

from __future__ import annotations

import re

IC = re.IGNORECASE

# --- stance -----------------------------------------------------------------------------------
PLAN_WORDS = {
    "plan", "aim", "target", "expect", "intend", "hope", "want", "seek", "project", "forecast",
    "envisage", "envision", "schedule", "goal", "promise", "pledge", "eye", "prepare", "strive",
    "propose", "anticipate", "ambition", "roadmap", "due", "slate", "poise", "scheduled",
    "design", "build", "construct", "ramp", "expand", "invest", "spend",
    "scale", "increase", "boost", "grow", "reach", "bring", "set", "commit",
}  # fmt: skip
# "reach"/"increase" etc. are plans only with a future marker or under a plan word; see stance.py.
WEAK_PLAN = {"reach", "bring", "set", "increase", "boost", "grow", "expand", "scale", "commit",
             "build", "construct", "ramp", "invest", "spend"}  # fmt: skip
FUTURE_AUX = {"will", "'ll", "shall", "would", "could", "might", "may", "going", "wo"}
ACHIEVED_WORDS = {
    "achieve", "reach", "hit", "demonstrate", "produce", "deliver", "start", "begin", "open",
    "complete", "deploy", "launch", "install", "invest", "raise", "secure", "have", "operate",
    "run", "ship", "attain", "record", "spend", "put", "close",
}  # fmt: skip

# --- who is speaking ----------------------------------------------------------------------------
PRONOUNS = {"they", "it", "we", "he", "she", "its", "their", "our", "his", "her", "itself"}
ANAPHORIC_HEADS = {
    "company", "startup", "start-up", "firm", "automaker", "carmaker", "manufacturer", "maker",
    "supplier", "group", "executive", "ceo", "chief", "founder", "head", "president", "spokesman",
    "spokeswoman", "spokesperson", "official", "chairman", "plant", "factory", "gigafactory",
    "line", "facility", "site", "cell", "cells", "battery", "batteries", "pack", "technology",
    "product", "unit", "subsidiary", "venture", "team", "management", "board", "business",
    "production", "capacity", "output", "prototype", "chemistry", "investment", "project",
    "block", "phase", "expansion", "hub", "campus", "fab", "model", "car", "vehicle",
    "partners", "partner", "partnership", "pair", "duo", "material", "operation", "operations",
    "complex", "stage",
}  # fmt: skip
DEFINITE = {"the", "its", "their", "this", "that", "these", "our", "his", "her"}
INDEFINITE_NEWCOMER = {"startup", "start-up", "company", "firm", "maker", "manufacturer"}
GENERIC_MODIFIERS = {
    "conventional", "current", "today", "typical", "common", "standard", "existing",
    "traditional", "average", "rival", "competing", "most", "many", "other", "generation",
    "best", "top", "leading", "today's",
}  # fmt: skip
REPORTING = {
    "say", "claim", "announce", "state", "tell", "report", "add", "note", "confirm", "reveal",
    "disclose", "explain", "according", "boast", "insist", "estimate", "believe", "unveil",
}  # fmt: skip

# --- reference figures (not a claim of the company) ---------------------------------------------
# A plan stated in the past perfect ("had planned to launch in 2021") was superseded.
SUPERSEDED = re.compile(r"\bhad (?:planned|aimed|intended|hoped|expected|wanted)\b", IC)
# "including $100 million from ..." breaks down a figure already stated.
BREAKDOWN = re.compile(r"\b(?:including|of which|among them)\s*$", IC)
REFERENCE_PHRASES = {"comparison", "contrast"}
REFERENCE_WORDS = {"compared", "compare", "than", "versus", "vs", "vs.", "unlike", "whereas",
                   "against", "relative", "comparison", "like"}  # fmt: skip

# --- metric context -----------------------------------------------------------------------------
CAPACITY_CONTEXT = re.compile(
    r"\b(?:capacit(?:y|ies)|plants?|factor(?:y|ies)|gigafactor(?:y|ies)|lines?|facilit(?:y|ies)|"
    r"production|manufacturing|annual(?:ly)?|output|per year|a year|per annum|fabs?|sites?|"
    r"ramp(?:s|ed|ing)? (?:it |production |capacity )?up|"
    r"scal(?:e|es|ed|ing) (?:it |production |capacity |output )?(?:up )?to)\b",
    IC,
)
NOT_CAPACITY_CONTEXT = re.compile(
    r"\b(?:packs?(?! capacity)|storage (?:system|project|facility)|supply deal|contract|orders?|"
    r"deliver(?:y|ies)|"
    r"sold|shipped|install(?:ed|ations)|installed base|demand)\b",
    IC,
)
INVEST_CONTEXT = re.compile(
    r"\b(?:invest(?:s|ed|ing|ment|ments)?|spen[dt]|spending|inject(?:s|ed)?|capital expenditure|"
    r"commit(?:s|ted)?|allocat(?:e|es|ed)|pour(?:s|ed)?|cost of building|build(?:s|ing)?|built|"
    r"will cost|costs?|price tag)\b",
    IC,
)
# Money a company receives or earns is not its investment (GUIDELINES section 2: financing,
# revenue, orders, grants, incentives, SPAC proceeds, cash, debt).
NOT_INVEST_CONTEXT = re.compile(
    r"\b(?:revenue|sales|profit|loss|losses|valuation|valued|market cap|share price|earnings|"
    r"turnover|subsid(?:y|ies)|tax credits?|fine|salary|financing|funding|grants?|loans?|"
    r"incentives?|business combination|special purpose acquisition|SPAC|went public|go public|"
    r"going public|listing|proceeds|cash|debt|raised?|raising|orders?|bonds?|"
    r"(?:series [a-f]|funding) round|equity|acquisition of|acquired|bought)\b",
    IC,
)

PRODUCTION_START = re.compile(
    r"\b(?:(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|commenc(?:e|es|ed|ing)|"
    r"launch(?:es|ed|ing)?|kick(?:s|ed)? off|deploy(?:s|ed|ing)?|enter(?:s|ed|ing)?|"
    r"put(?:s|ting)? into|mov(?:e|es|ed|ing) into|bring(?:s|ing)? into)\s+"
    r"(?:(?!and\b|in\b|by\b)[a-z-]+\s+){0,5}?"
    r"(?:(?:mass|volume|series|serial|commercial|pilot)\s+)?(?:production|manufacturing)"
    r"|(?:start|begin|began|begun|commenc)(?:s|ed|ing|e)? (?:producing|manufacturing|making|"
    r"mass[- ]producing)"
    r"|production(?= (?:in|from|starting|beginning) (?:early |late |mid-?)?(?:(?:19|20)\d\d|"
    r"the (?:first|second|third|fourth) (?:half|quarter)|H[12]|Q[1-4]|next year|fiscal))"
    r"|(?:mass|volume|series|serial|commercial)\s+production"
    r"|(?:start|beginning) of (?:mass |volume |series )?production"
    r"|production (?:will |would |could |should |(?:is|was|are|were) (?:set |scheduled |"
    r"expected |due |planned )?to |(?:will|would) now )?"
    r"(?:start|begin|commence|began|begun)(?:s|ed|ing)?"
    r"|target(?:ed|ing|s)? (?:mass |volume |series )?production"
    r"|to be (?:mass[- ])?produced"
    r"|(?:establish|set up|build|open|install)(?:s|es|ed|ing)? (?:a |an |its |the )?(?:new )?"
    r"(?:pilot )?production line"
    r"|first (?:[\w-]+ ){0,3}(?:cells?|batter(?:y|ies)|packs?) (?:has |have |had )?(?:been )?"
    r"(?:assembled|produced|made|manufactured|rolled off)"
    # 1.3: production as the subject with a place between ("production at its plant in Ohio
    # will now begin in 2027"), "ready for (automotive-grade) production", "in production since
    # last spring", "has produced its cells in Ohio since 2019", a line or plant begun operating
    # ("will begin operating the line in January"), a further plant "due to follow in 2026"
    r"|production (?:at|of|in|on) (?:(?!and\b|but\b)[\w'’-]+ ){1,8}?(?:will |would |is (?:set |"
    r"scheduled |expected |due )?to |are (?:set |scheduled |expected |due )?to )?(?:now )?"
    r"(?:start|begin|commence)s?"
    r"|ready for (?:[\w-]+ ){0,2}?production"
    r"|in (?:mass |series |volume |commercial )?production since"
    r"|(?:produced|manufactured|made|been (?:producing|making|manufacturing)) "
    r"(?:(?!\d)[\w-]+ ){0,4}?(?:cells?|batter(?:y|ies)|packs?|modules?) "
    r"(?:(?!\d)[\w-]+ ){0,3}?since"
    r"|(?:start|begin|commenc)(?:s|ed|ing|e)? operating (?:it|them|(?:the|its|a|an|this|that|"
    r"their) (?:[\w-]+ ){0,3}?(?:line|plant|factory|gigafactory|facility|fab))"
    r"|(?:plant|factory|gigafactory|facility|line|site)s?,? (?:[^,.;]{0,40}, )?(?:is|are) "
    r"(?:due|expected|scheduled|set|slated|planned) to (?:follow|come (?:online|on stream)|"
    r"go into operation))\b",
    IC,
)
# A production cue alone states a plan only if a target time goes with it; these verbs state an
# achieved start even without a time ("started a production line").
PRODUCTION_START_ACHIEVED = re.compile(
    r"\b(?:started|began|begun|commenced|launched|deployed|kicked off|entered|put into|"
    r"moved into|brought into|assembled|produced|made|manufactured|rolled off|since)\b",
    IC,
)
COMMERCIALIZATION = re.compile(
    r"\b(?:commerciali[sz](?:e|es|ed|ing|ation)|(?:go|goes|went|be|is|are) on sale|"
    r"in (?:(?:production|series[- ]production|consumer|its|their|our|customer|mass[- ]market|"
    r"electric|passenger)\s+)*(?:cars|vehicles|EVs|models|car|vehicle|EV)|"
    r"reach(?:es|ed|ing)? (?:the |[\w-]+['’]s? )(?:market|cars|vehicles|EVs|customers)|"
    r"(?:hit|enter)s? the market|"
    r"launch(?:es|ed|ing)? (?:a|an|its|their|the) (?:[\w\"“”-]+ ){0,4}batter(?:y|ies)|"
    r"(?:to|on) (?:the )?market|market launch|into (?:cars|vehicles|EVs)|"
    r"launch(?:es|ed)? (?:a|an|the|its|their) (?:first )?(?:car|vehicle|EV|model)|"
    r"(?:begin|start|commence)s? deliveries|deliveries to customers|"
    r"available (?:in|for) (?:cars|vehicles|customers|purchase)|"
    # 1.3: "the new battery is planned for 2026-27", "the first Ultium vehicles would arrive
    # next year" (vehicles named after what they carry)
    r"(?:batter(?:y|ies)|cells?|packs?)[\"”]? (?:is|are) (?:planned|scheduled|slated|due|"
    r"expected|set) for|"
    r"first (?:[\w-]+ ){1,2}(?:vehicles|cars|EVs|models) (?:will|would|are (?:due|set|expected) "
    r"to) (?:arrive|hit the (?:road|market)|reach customers))\b",
    IC,
)
# "bring solid-state batteries into series production": said by a carmaker, the technology
# reaching its cars (commercialization); said by a cell maker, a production start.
INTO_PRODUCTION = re.compile(
    r"\b(?:bring|brings|bringing|brought|put|puts|putting|take|takes|taking|took) "
    r"(?:(?!and\b|in\b|by\b)[\w-]+ ){0,5}?(?:batter(?:y|ies)|cells?|technology) into "
    r"(?:(?:mass|volume|series|serial)\s+)production\b",
    IC,
)
# A carmaker's bare "series production by the end of the decade": its cars, as above.
SERIES_PRODUCTION = re.compile(r"(?:series|serial)\s+production", IC)
NEGATION = re.compile(
    r"\b(?:not|n't|never|no plans?|yet to|has yet|have yet|denied|deny|denies|unlikely|rather than"
    r"|instead of|not quite)\b|n’t",
    IC,
)
HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|would result|could result)\b", IC
)
# Arithmetic on a figure ("40 GWh, enough for about 500,000 cars"): figures after it are the
# writer's, the figure before it is still the company's.
ARITHMETIC = re.compile(r"\b(?:enough (?:for|to)|equivalent to|by our (?:math|calculation))\b", IC)

# --- events ---------------------------------------------------------------------------------------
EVENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("abandonment", re.compile(
        r"\b(?:g(?:ave|ive|iven|iving|ives) up on|exit(?:s|ed|ing)?|"
        r"scrap(?:s|ped|ping)?(?! rates?)|"
        r"(?:will|would) not enter|won[’']t enter|"
        r"(?:will|would) (?:stop|end|halt|cease) (?:its |all )?(?:own )?(?:research|development|"
        r"production|work)|ceas(?:e|es|ed|ing) (?:all )?operations|"
        r"(?:collapsed|went|entered|fell|placed) into administration|"
        r"shelv(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|"
        r"fil(?:e|es|ed|ing) for (?:insolvency|bankruptcy|chapter \d+)|"
        r"s(?:ell|ells|old|elling) (?:off )?(?:its|the) (?:\w+\s+){0,4}?(?:unit|business|division|"
        r"subsidiary|operations)|abandon(?:s|ed|ing)?|pull(?:s|ed)? the plug|"
        r"pull(?:s|ed|ing)? out of|wind(?:s|ing)? down|wound down|"
        r"drop(?:s|ped)? (?:its |the )?plans?|discontinu(?:e|es|ed)|insolven(?:t|cy)|"
        r"bankrupt(?:cy)?|liquidat(?:e|es|ed|ion))\b", IC)),
    ("delay", re.compile(
        r"\b(?:push(?:es|ed|ing)? (?:back|out)|push(?:es|ed|ing)? (?:\w+ ){1,3}back|"
        r"(?:put|puts|putting|placed|is|are|was|were) (?:\w+ ){0,6}?on hold|no longer expected|"
        r"delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|"
        r"slip(?:s|ped)? (?:to|into)|mov(?:e|es|ed) (?:back|its target)|suspend(?:s|ed)?|"
        r"paus(?:e|es|ed)|halt(?:s|ed)?|behind schedule|"
        r"later than (?:planned|expected|promised))\b",
        IC)),
    ("progress", re.compile(
        r"\b(?:(?:open(?:s|ed)?|start(?:s|ed)?|launch(?:es|ed)?|commission(?:s|ed)?|"
        r"inaugurat(?:es|ed)) (?:a |its |the |their )?(?:new |first )?(?:[\w-]+ ){0,2}?"
        r"pilot (?:line|plant|facility|production)|pilot (?:line|plant) (?:opened|started|began)|"
        r"construction (?:has |had )?(?:started|began|begun|got under ?way) on|"
        r"(?:began|begun|begins|start(?:s|ed)?) (?:building|constructing) (?:a |an |its |the |"
        r"their )?(?:new |first )?(?:[\w-]+ ){0,3}?(?:plant|factory|gigafactory|facility|"
        r"(?:production |pilot )?line)|"
        r"(?:deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|sen[dt]s?|provid(?:e|es|ed)) "
        r"(?:its |the |first |"
        r"initial )?(?:[abc]-?samples?|samples|prototype cells)|[abc]-samples?|"
        r"st(?:art|arts|arted) construction|beg(?:an|ins|un) construction|br(?:oke|eaks) ground|"
        r"groundbreaking|complet(?:es|ed) (?:construction|the (?:plant|factory|line))|"
        r"road[- ]test(?:s|ed|ing)?|prototype production (?:facility|line)|"
        r"(?:finish(?:es|ed)?|complet(?:es|ed)) installing|"
        r"install(?:s|ed)? (?:its |the |a )?(?:[\w-]+ ){0,3}pilot line|"
        r"produced [\d,.]+ (?:[\w-]+ ){0,2}cells in|(?:drove|driven|covered) [\d,.]+ (?:miles|km)|"
        r"pass(?:es|ed) (?:validation|certification|safety tests?)|install(?:s|ed) (?:the )?"
        r"(?:first )?(?:production )?equipment)\b", IC)),
    ("fulfilment", re.compile(
        r"\b(?:(?:began|begins|started|starts|commenced|commences|entered|enters|kicked off) "
        r"(?:the )?(?:mass|volume|series|serial|commercial) production|"
        r"reach(?:es|ed) (?:an? |its |full )?(?:annual |production |full )?(?:capacity |output )?"
        r"(?:of )?\d|st(?:art|arts|arted) deliver(?:ies|ing)|began deliveries|"
        r"(?:is|are) now in (?:mass|volume|series) production|went on sale)\b", IC)),
]  # fmt: skip

TOPICS = re.compile(
    r"\b(?:solid[- ]state|semi[- ]solid(?:[- ]state)?|sodium[- ]ion|lithium[- ]metal|"
    r"lithium[- ]sulfur|lithium[- ]air|silicon[- ]anode|LFP|LMFP|4680|dry[- ]electrode|"
    r"gigafactory|battery (?:plant|factory|cell production|business|unit|venture)|"
    r"cell (?:plant|factory|production)|blade battery|structural battery)\b",
    IC,
)

# --- boilerplate ----------------------------------------------------------------------------------
BOILERPLATE = re.compile(
    r"affiliate link|FTC:|subscrib(?:e|ing) to|newsletter|you[’']re reading|editor in chief|"
    r"send (?:us )?tips|avatar for|follow (?:\w+ )+on (?:twitter|x|facebook|linkedin)|"
    r"sign up|cookie|all rights reserved|copyright|©|check out our|read more|related:|"
    r"click here|share this|advertisement|sponsored|get monthly|portfolio|\bDMs? open\b|"
    r"don[’']t know where to start|stay up to date|privacy policy|terms of (?:use|service)",
    IC,
)

# A press release's trailer: an "About X" heading (a short line without a full stop) or the
# forward-looking-statements / media-contact heading; everything from there on is boilerplate.
TRAILER_HEADING = re.compile(
    r"(?:About [A-Z][^.!?]{0,80}|Forward[- ]Looking Statements?|"
    r"(?:Media |Investor |Press )?Contacts?:?|Safe Harbor Statement)$"
)

# A writer's summary of a group of companies, not any one company's claim.
GROUP_SUMMARY = re.compile(r"\b(?:and|among) others\b|\ball have\b|\bthe likes of\b", IC)

# "begin production in 2025 with an initial capacity of 500 MWh": the start date dates this one.
INITIAL_CAPACITY = re.compile(
    r"\b(?:initial(?:ly)?|first[- ](?:phase|stage)|at first|to start)\b", IC
)

# A dateline opening wire copy and press releases ("SANTA CLARA, Calif., Aug. 15, 2024 - ",
# "SEOUL, March 24 (Global Wire) - "): place and date, not part of the sentence's grammar.
DATELINE = re.compile(
    r"^[A-Z][A-Z/ .'-]+(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \([^)]{1,40}\))? [-–—] "
)

# "CALB and Gotion announced 50 GWh and 20 GWh respectively": figures pair with names in order.
RESPECTIVELY = re.compile(r"\brespectively\b", IC)
