#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix actor dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance)
into Wirecoder's actor table format.

  tools/phoenix-actors.py DICTIONARY_DIR

reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt
from DICTIONARY_DIR (in this project's checkout: ../shared/eval/petrarch2-validation/dictionaries) and writes
wirecoder-core/src/main/resources/actors/phoenix.tsv. The output is committed, so builds never need the
dictionaries; run it again when they change.

What is kept: persons, groups, parties, IGOs, NGOs, companies and media, each with its aliases and its
CAMEO codes with the dates they held (Erdogan: TURGOV 2002-11-18..2003-03-14, TURGOV 2003-03-14..).
What is dropped: the country-level blocks of the Countries file (cities and provinces written as
aliases of a state: Wirecoder's countries.tsv and gazetteer handle states and places), entries with no
code, and codes whose country is not in countries.tsv (USR, YUG ...), which keep their sector only.

TABARI format, as the files use it: an entry line NAME_ [CODE DATES] # comment, followed by +ALIAS lines
and tab-indented [CODE DATES] lines. DATES is >YYMMDD (from), <YYMMDD (until) or YYMMDD-YYMMDD, with
six-digit dates 00-30 read as 20xx, or eight-digit dates.
"""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'wirecoder-core', 'src', 'main', 'resources')
FILES = [('Phoenix.Countries.actors.txt', 'countries'), ('Phoenix.International.actors.txt', 'international'),
         ('Phoenix.MilNonState.actors.txt', 'milnonstate')]
SECTORS = {'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LAB', 'LEG',
           'HLH', 'REF', 'AGR', 'ELI', 'IGO', 'NGO', 'ACT'}
# CAMEO role codes that are not Wirecoder sectors but say one.
SECTOR_OF = {'INS': 'REB', 'SEP': 'REB', 'UAF': 'MIL', 'RAD': 'OPP', 'HRI': 'NGO', 'ENV': 'NGO', 'DEV': 'NGO'}
# CAMEO religion codes that are also ISO 3166 codes: after IGO, NGO or IMG they name a faith, not a state
# ("IMGMUSALQ" is al Qaeda, a Muslim militarised group, not a group of Mauritius).
RELIGIONS = {'MUS', 'CHR', 'SHN'}
# Words that make a name an organisation rather than a person.
ORG_WORDS = set('''PARTY ARMY MINISTRY FRONT COUNCIL UNION COMMITTEE MOVEMENT ASSOCIATION ORGANIZATION ORGANISATION
AGENCY BANK INC CORP CORPORATION COMPANY CO LTD GROUP BRIGADE BRIGADES FORCES FORCE SOCIETY FEDERATION COMMISSION
INSTITUTE FUND NEWS TIMES LEAGUE ALLIANCE CONGRESS ASSEMBLY PARLIAMENT COURT OFFICE DEPARTMENT NETWORK CENTER CENTRE
FOUNDATION CHURCH BUREAU PROGRAM PROGRAMME SERVICE SERVICES AUTHORITY HOLDINGS TRUST INDUSTRIES SYSTEMS MINISTERS
GUARD GUARDS POLICE COMMAND SECRETARIAT UNIVERSITY COALITION CABINET GOVERNMENT REGIME JUNTA TRIBUNAL
CONFERENCE CONVENTION ORGANIZATIONS COMMUNITY PACT POLITBURO MISSION PANEL BOARD INTERNATIONAL'''.split())
SMALL_WORDS = {'OF', 'THE', 'AND', 'FOR', 'IN', 'ON', 'DE', 'DU', 'DES', 'LA', 'LE', 'AL', 'EL', 'BIN', 'BEN', 'VAN',
               'VON', 'DA', 'DOS', 'DEL', 'TO', 'AT', 'BY'}

ENTRY = re.compile(r'^([^\s#+\[][^\[#]*?)\s*((?:\[[^\]]*\]\s*)*)(?:#.*)?$')
CODE = re.compile(r'\[([^\]]*)\]')


def country_table():
    """The iso3 codes of countries.tsv, and every name, alias, demonym and capital it gives (lower case)."""
    codes, names = set(), set()
    with open(os.path.join(ROOT, 'actors', 'countries.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('iso3\t') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t')
            codes.add(c[0])
            for cell in (c[2], c[3], c[4], c[5]):
                names.update(x.strip().lower() for x in cell.split(';') if x.strip())
    return codes, names


# Words that name a kind of actor, not one actor: never a name of their own.
GENERIC = {'ngo', 'mnc', 'igo', 'un official', 'government', 'rebels', 'police'}


def usable(name, place_names):
    """A name worth matching: not a number, not a state's name (countries.tsv has those), not a generic word."""
    low = name.lower()
    return not re.fullmatch(r'[0-9 .-]+', name) and low not in place_names and low not in GENERIC


def date(s):
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    elif len(s) == 6:
        y, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
        y += 2000 if y <= 30 else 1900
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return '%04d-%02d-%02d' % (y, m, d)


def tenure(raw):
    """'RUSGOV 991231-080507' -> ('RUSGOV', '1999-12-31', '2008-05-07'); None when unreadable."""
    parts = raw.split()
    if not parts:
        return None
    code = parts[0].strip().upper()
    if not re.fullmatch(r'[A-Z]{3,15}', code):
        return None
    start = end = ''
    if len(parts) > 1:
        d = parts[1]
        if d.startswith('>'):
            start = date(d[1:]) or ''
            if not start:
                return None
        elif d.startswith('<'):
            end = date(d[1:]) or ''
            if not end:
                return None
        elif '-' in d:
            a, b = d.split('-', 1)
            start, end = date(a) or '', date(b) or ''
            if not start or not end:
                return None
        else:
            return None
    return code, start, end


def split_code(code, countries):
    """A CAMEO actor code -> (country or '', sector or '')."""
    prefix = code[:3]
    rest = code[3:]
    country = ''
    if prefix in ('IGO', 'NGO', 'MNC', 'IMG', 'NGM'):
        if rest[:3] in countries and rest[:3] not in RELIGIONS:
            country = rest[:3]
        sector = {'IGO': 'IGO', 'NGO': 'NGO', 'MNC': 'BUS', 'IMG': 'REB', 'NGM': 'REB'}[prefix]
        if prefix == 'NGO' and 'MED' in [rest[i:i + 3] for i in range(0, len(rest), 3)]:
            sector = 'MED'
        return country, sector
    if prefix in countries:
        country = prefix
    elif len(code) == 3 and code in SECTORS:
        return '', code
    sector = ''
    for i in range(0 if not country and prefix not in countries and prefix in SECTORS else 3, len(code), 3):
        chunk = code[i:i + 3]
        if chunk in SECTORS:
            sector = chunk
            break
        if chunk in SECTOR_OF:
            sector = SECTOR_OF[chunk]
            break
    return country, sector


def words(raw):
    raw = raw.strip().rstrip('_').replace('_', ' ')
    raw = re.sub(r'\s*\([^)]*\)\s*', ' ', raw)  # "(AAIA)" abbreviations in parentheses
    return [w for w in raw.split() if w]


def display(raw, person=False):
    ws = words(raw)
    if not ws:
        return ''
    if not person and len(ws) == 1 and (len(ws[0]) <= 5 or not re.search('[AEIOUY]', ws[0])) and re.fullmatch(r"[A-Z0-9.&/-]+", ws[0]):
        return ws[0]  # an acronym: IAEA, ICJ, U.N.
    out = []
    for i, w in enumerate(ws):
        if i > 0 and w in SMALL_WORDS:
            out.append(w.lower())
        elif '.' in w and len(w) <= 4:
            out.append(w)  # initials: "V."
        else:
            out.append('-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-')))
    return ' '.join(out)


def kind_of(name_words, codes, source):
    first = codes[0][0] if codes else ''
    if first.startswith('IGO'):
        kind = 'igo'
    elif first.startswith('NGO'):
        kind = 'ngo'
    elif first.startswith('MNC'):
        kind = 'business'
    else:
        kind = None
    org = any(w.upper().strip(".,'") in ORG_WORDS for w in name_words)
    person = not org and 2 <= len(name_words) <= 5 and any(c[1] or c[2] for c in codes)
    if source == 'countries' and not org:
        return 'person'
    if person or (kind is None and not org and source == 'international' and 2 <= len(name_words) <= 4):
        return 'person'
    if kind:
        return kind
    if any(c[0][3:6] == 'MED' for c in codes):
        return 'media'
    if any(c[0][3:6] == 'PTY' for c in codes) or 'PARTY' in [w.upper() for w in name_words]:
        return 'party'
    return 'group'


def read(path, source):
    entries = []
    cur = None
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            if line.startswith('+'):
                if cur is not None:
                    alias = line[1:].split('#')[0].split('[')[0].strip()
                    if alias:
                        cur['aliases'].append(alias)
                    for c in CODE.findall(line):
                        cur['codes'].append(c)
                continue
            if line[0] in ' \t' or line.startswith('['):
                if cur is not None:
                    cur['codes'].extend(CODE.findall(line.split('#')[0]))
                continue
            if line.startswith('!'):
                continue  # macro definitions
            m = ENTRY.match(line)
            if not m:
                continue
            codes = CODE.findall(m.group(2) or '')
            if cur is not None and not cur['codes'] and not codes:
                # Consecutive names with no code share the codes below them: one actor, written several ways.
                cur['aliases'].append(m.group(1).strip())
                continue
            cur = {'name': m.group(1).strip(), 'aliases': [], 'codes': codes}
            entries.append(cur)
    return entries


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    countries, place_names = country_table()
    rows = {}
    order = []
    for fname, source in FILES:
        for e in read(os.path.join(sys.argv[1], fname), source):
            codes = [t for t in (tenure(c) for c in e['codes']) if t]
            if not codes:
                continue
            if source == 'countries' and len(codes) == 1 and codes[0][0] in countries and not codes[0][1]:
                continue  # a country block: the state and its towns
            person = kind_of(words(e['name']), codes, source) == 'person'
            name = display(e['name'], person)
            if not name or len(name) < 2 or not usable(name, place_names):
                continue
            aliases = []
            for a in e['aliases']:
                d = display(a, person)
                if d and usable(d, place_names) and d.lower() != name.lower() and d.lower() not in (x.lower() for x in aliases):
                    aliases.append(d)
            # The undated code (the person's standing outside office) is the fallback; the first dated one names the country.
            main_code = next((c for c in codes if not c[1] and not c[2]), codes[0])
            country, sector = split_code(main_code[0], countries)
            if not country:
                for c in codes:
                    country = split_code(c[0], countries)[0]
                    if country:
                        break
            if not sector:
                sector = 'ELI' if person else ''
            if not sector:
                continue
            kind = kind_of(words(e['name']), codes, source)
            ten = []
            for code, start, end in codes:
                if not start and not end:
                    continue
                c, s = split_code(code, countries)
                if not s:
                    continue
                ten.append('%s:%s..%s' % (code, start, end))
            key = name.lower()
            if key in rows:
                old = rows[key]
                for a in aliases:
                    if a.lower() not in (x.lower() for x in old['aliases']):
                        old['aliases'].append(a)
                for t in ten:
                    if t not in old['tenures']:
                        old['tenures'].append(t)
                continue
            rows[key] = {'name': name, 'aliases': aliases, 'country': country, 'sector': sector, 'kind': kind,
                         'code': main_code[0], 'tenures': ten, 'source': source}
            order.append(key)
    out_path = os.path.join(ROOT, 'actors', 'phoenix.tsv')
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('# Actors converted by tools/phoenix-actors.py from PETRARCH2\'s Phoenix dictionaries\n')
        out.write('# (Phoenix.Countries/International/MilNonState.actors.txt, openeventdata/petrarch2 at 676801c;\n')
        out.write('# MIT licence, Copyright (c) 2014 Open Event Data Alliance). Do not edit: rerun the tool.\n')
        out.write('# code: the CAMEO actor code; tenures: CODE:FROM..TO, the codes an actor held by date (empty end: still).\n')
        out.write('name\taliases\tcountry\tsector\tkind\tcode\ttenures\n')
        for key in order:
            r = rows[key]
            out.write('\t'.join([r['name'], ';'.join(a for a in r['aliases'] if ';' not in a), r['country'], r['sector'],
                                 r['kind'], r['code'], ';'.join(r['tenures'])]) + '\n')
    print('wrote %d actors to %s' % (len(order), out_path))


if __name__ == '__main__':
    main()
