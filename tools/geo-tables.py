#!/usr/bin/env python3
"""Regenerates the gazetteer's area tables from GeoNames data (CC BY 4.0, www.geonames.org).

  tools/geo-tables.py CITIES500_TXT ADMIN1CODES_TXT

writes wirecoder-core/src/main/resources/geo/admin1.tsv (first-level admin areas with a centroid)
and fills the lat/lon columns of wirecoder-core/src/main/resources/actors/countries.tsv.
A centroid is the midpoint of the 10th-90th percentile extent of the area's GeoNames populated
places: robust to outlying islands, close to the middle of where people live. Run it again when the
GeoNames vintage changes; the output is committed, so builds never need it.
"""
import csv, sys, os, collections

ROOT = os.path.join(os.path.dirname(__file__), '..', 'wirecoder-core', 'src', 'main', 'resources')

# AP-style and postal abbreviations of US states, used only as qualifiers ("Alexandria, Va.").
US_ABBR = {
 'AL': 'Ala.', 'AZ': 'Ariz.', 'AR': 'Ark.', 'CA': 'Calif.', 'CO': 'Colo.', 'CT': 'Conn.', 'DE': 'Del.',
 'FL': 'Fla.', 'GA': 'Ga.', 'IL': 'Ill.', 'IN': 'Ind.', 'KS': 'Kan.;Kans.', 'KY': 'Ky.', 'LA': 'La.',
 'MD': 'Md.', 'MA': 'Mass.', 'MI': 'Mich.', 'MN': 'Minn.', 'MS': 'Miss.', 'MO': 'Mo.', 'MT': 'Mont.',
 'NE': 'Neb.;Nebr.', 'NV': 'Nev.', 'NH': 'N.H.', 'NJ': 'N.J.', 'NM': 'N.M.', 'NY': 'N.Y.', 'NC': 'N.C.',
 'ND': 'N.D.', 'OK': 'Okla.', 'OR': 'Ore.;Oreg.', 'PA': 'Pa.;Penn.', 'RI': 'R.I.', 'SC': 'S.C.',
 'SD': 'S.D.', 'TN': 'Tenn.', 'TX': 'Tex.', 'VT': 'Vt.', 'VA': 'Va.', 'WA': 'Wash.', 'WV': 'W.Va.;W. Va.',
 'WI': 'Wis.;Wisc.', 'WY': 'Wyo.', 'DC': 'D.C.',
}

def midpoint(values, wrap=False):
    v = sorted(values)
    if wrap and v and v[-1] - v[0] > 180:
        v = sorted(x + 360 if x < 0 else x for x in v)
    lo, hi = v[int(0.1 * (len(v) - 1))], v[int(0.9 * (len(v) - 1))]
    m = (lo + hi) / 2
    return m - 360 if m > 180 else m

def main(cities, admin1codes):
    by_country, by_admin1 = collections.defaultdict(list), collections.defaultdict(list)
    with open(cities, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            lat, lon = float(c[4]), float(c[5])
            by_country[c[8]].append((lat, lon))
            if c[10]:
                by_admin1[c[8] + '.' + c[10]].append((lat, lon))

    def centroid(points):
        if not points:
            return '', ''
        return ('%.4f' % midpoint([p[0] for p in points]), '%.4f' % midpoint([p[1] for p in points], True))

    out = os.path.join(ROOT, 'geo', 'admin1.tsv')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(admin1codes, encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as w:
        w.write('# First-level administrative areas. Source: GeoNames admin1CodesASCII (CC BY 4.0, www.geonames.org).\n')
        w.write('# lat/lon: midpoint of the 10th-90th percentile extent of the area\'s GeoNames places (tools/geo-tables.py).\n')
        w.write('# abbreviations: forms used only as a qualifier after a place name ("Alexandria, Va.").\n')
        w.write('code\tname\tasciiname\tgeonameid\tlat\tlon\tabbreviations\n')
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, name, ascii_name, gid = line.rstrip('\n').split('\t')[:4]
            lat, lon = centroid(by_admin1.get(code, []))
            cc, adm = code.split('.', 1)
            abbr = US_ABBR.get(adm, '') if cc == 'US' else ''
            if cc == 'US' and adm in US_ABBR:
                abbr = ';'.join(filter(None, [abbr, adm]))
            w.write('\t'.join([code, name, ascii_name, gid, lat, lon, abbr]) + '\n')

    path = os.path.join(ROOT, 'actors', 'countries.tsv')
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    rows, header_seen = [], False
    for line in lines:
        if not line or line.startswith('#'):
            rows.append(line)
            continue
        cells = line.split('\t')
        if not header_seen:
            header_seen = True
            base = cells[:cells.index('lat')] if 'lat' in cells else cells
            rows.append('\t'.join(base + ['lat', 'lon']))
            width = len(base)
            continue
        cells = (cells + [''] * width)[:width]
        lat, lon = centroid(by_country.get(cells[1], []))
        rows.append('\t'.join(cells + [lat, lon]))
    with open(path, 'w', encoding='utf-8') as w:
        w.write('\n'.join(rows))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
