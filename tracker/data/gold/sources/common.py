"""Boilerplate shared by the source files (blog footers, press-release disclaimers)."""


def blog_footer(outlet, author, bio):
    return f"""

FTC: We use income earning auto affiliate links. More.

Stay up to date with the latest content by subscribing to {outlet} on Google News. You're reading {outlet} - independent reporting on electric vehicles, batteries and clean energy, day after day. Be sure to check out our homepage for all the latest news, and follow {outlet} on X, Facebook, and LinkedIn to stay in the loop.

Avatar for {author} {author}

{bio}
"""


def fls(company):
    return f"""

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the U.S. Private Securities Litigation Reform Act of 1995, including statements regarding {company}'s plans, production timelines, product performance and capacity. These statements are based on current expectations and are subject to risks and uncertainties, many of which are outside {company}'s control, and actual results may differ materially. {company} undertakes no obligation to update any forward-looking statement, except as required by law.
"""
