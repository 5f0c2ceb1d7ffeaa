#!/usr/bin/env python3
"""Regenerates the gazetteer's area tables from GeoNames data (CC BY 4.0, www.geonames.org).

  tools/geo-tables.py CITIES500_TXT ADMIN1CODES_TXT ADMIN2CODES_TXT

writes wirecoder-core/src/main/resources/geo/admin1.tsv (first-level admin areas with a centroid),
geo/admin2.tsv (second-level areas, such as US counties, that hold at least one GeoNames place, with a
centroid and the summed population of their places) and fills the lat/lon columns of wirecoder-core/src/main/resources/actors/countries.tsv.
A country's or admin2 area's centroid is the midpoint of the 10th-90th percentile extent of its GeoNames
populated places (robust to outlying islands, close to the middle of where people live), except for the
large countries in CENTRE, which take their published geographic centre. An admin1 area's is the centroid
of the convex hull of its places: GeoNames puts an area's own point near the middle of its shape, and in
large provinces (Alberta, Queensland) people live at one edge. Run it again when the
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

# Canadian Press and postal forms of the provinces and territories, and the Australian states' usual forms.
OTHER_ABBR = {
 'CA.01': 'Alta.;AB', 'CA.02': 'B.C.;BC', 'CA.03': 'Man.;MB', 'CA.04': 'N.B.;NB', 'CA.05': 'N.L.;Nfld.;NL',
 'CA.07': 'N.S.;NS', 'CA.08': 'Ont.;ON', 'CA.09': 'P.E.I.;PE', 'CA.10': 'Que.;Qué.;QC', 'CA.11': 'Sask.;SK',
 'CA.12': 'Y.T.;YT', 'CA.13': 'N.W.T.;NT', 'CA.14': 'NU',
 'AU.01': 'ACT', 'AU.02': 'NSW', 'AU.03': 'NT', 'AU.04': 'Qld;Qld.', 'AU.05': 'SA', 'AU.06': 'Tas;Tas.',
 'AU.07': 'Vic;Vic.', 'AU.08': 'WA',
}

# Countries so large or so unevenly settled that the middle of their places is far from the middle of the
# country: the geographic centre from the CIA World Factbook ("geographic coordinates"), rounded as published
# there; for the United States and Canada the point of GeoNames' own country entry (the centre of the
# contiguous states near Lebanon, Kansas, and 60.11N 113.64W), not the Factbook's 38N 97W and 60N 95W. (The
# older GeoNames point for Canada, 60N 96W, is the one in LGL's gold; TR-News and GeoWebNews use the newer.)
CENTRE = {
 'RU': (60, 100), 'US': (39.76, -98.5), 'CA': (60.11, -113.64), 'CN': (35, 105), 'BR': (-10, -55), 'AU': (-25, 135),
 'IN': (22, 79), 'AR': (-34, -64), 'KZ': (48, 68), 'DZ': (28, 3), 'CD': (-2.5, 23.5), 'SA': (25, 45),
 'MX': (23, -102), 'ID': (-5, 120), 'SD': (15, 30), 'LY': (28, 17), 'IR': (32, 53), 'MN': (46, 105),
 'PE': (-10, -76), 'TD': (15, 19), 'NE': (16, 8), 'AO': (-12.5, 18.5), 'ML': (17, -4), 'ZA': (-29, 24),
 'CO': (4, -72), 'ET': (8, 38), 'BO': (-17, -65), 'MR': (20, -12), 'EG': (27, 30), 'TZ': (-6, 35),
 'NG': (10, 8), 'VE': (8, -66), 'PK': (30, 70), 'NA': (-22, 17), 'MZ': (-18.25, 35), 'TR': (39, 35),
 'CL': (-30, -71), 'ZM': (-15, 30), 'MM': (22, 98), 'AF': (33, 65), 'SO': (10, 49), 'CF': (7, 21),
 'UA': (49, 32), 'MG': (-20, 47), 'BW': (-22, 24), 'KE': (1, 38), 'FR': (46, 2), 'YE': (15, 48),
 'TH': (15, 100), 'ES': (40, -4), 'TM': (40, 60), 'CM': (6, 12), 'SE': (62, 15), 'UZ': (41, 64),
 'MA': (32, -5), 'IQ': (33, 44), 'PY': (-23, -58), 'ZW': (-20, 30), 'NO': (62, 10), 'DE': (51, 9),
 'FI': (64, 26), 'PL': (52, 20), 'IT': (42.83, 12.83), 'GB': (54, -2), 'SY': (35, 38), 'TN': (34, 9),
 'GR': (39, 22), 'JP': (36, 138), 'VN': (16.17, 107.83), 'PH': (13, 122), 'NZ': (-41, 174),
 'GL': (72, -40), 'SS': (8, 30), 'OM': (21, 57), 'BY': (53, 28), 'RO': (46, 25), 'ER': (15, 39),
 'IL': (31.5, 34.75), 'JO': (31, 36), 'LB': (33.83, 35.83), 'PS': (32, 35.25),
 # Most of their places lie away from the published centre: Portugal's on the Azores and Madeira, Malaysia's
 # on the peninsula while the Factbook's centre lies on Borneo.
 'PT': (39.5, -8), 'MY': (2.5, 112.5),
}

def midpoint(values, wrap=False):
    v = sorted(values)
    if wrap and v and v[-1] - v[0] > 180:
        v = sorted(x + 360 if x < 0 else x for x in v)
    lo, hi = v[int(0.1 * (len(v) - 1))], v[int(0.9 * (len(v) - 1))]
    m = (lo + hi) / 2
    return m - 360 if m > 180 else m

def code_rows(lines):
    """(code, name, asciiname, geonameid) of each row of a GeoNames admin1/admin2 codes file."""
    for line in lines:
        if line.startswith('#') or not line.strip():
            continue
        yield tuple(line.rstrip('\n').split('\t')[:4])


def hull_centroid(points):
    """Centroid of the convex hull of the points (lat, lon): close to the middle of the area's shape, where
    GeoNames puts an admin area's own point, even when its people live at one edge (Alberta, Queensland)."""
    pts = sorted(set((lon, lat) for lat, lon in points))
    if pts and pts[-1][0] - pts[0][0] > 180:
        pts = sorted(set((lon + 360 if lon < 0 else lon, lat) for lon, lat in pts))
    if len(pts) < 3:
        return None
    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    area = cx = cy = 0.0
    for i in range(len(hull)):
        x0, y0 = hull[i]
        x1, y1 = hull[(i + 1) % len(hull)]
        c = x0 * y1 - x1 * y0
        area += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(area) < 1e-9:
        return None
    lon, lat = cx / (3 * area), cy / (3 * area)
    return lat, (lon - 360 if lon > 180 else lon)


def main(cities, admin1codes, admin2codes):
    by_country, by_admin1 = collections.defaultdict(list), collections.defaultdict(list)
    by_admin2, people = collections.defaultdict(list), collections.Counter()
    with open(cities, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            lat, lon = float(c[4]), float(c[5])
            by_country[c[8]].append((lat, lon))
            if c[10]:
                by_admin1[c[8] + '.' + c[10]].append((lat, lon))
                people[c[8] + '.' + c[10]] += int(c[14] or 0)
                if c[11]:
                    by_admin2[c[8] + '.' + c[10] + '.' + c[11]].append((lat, lon))
                    people[c[8] + '.' + c[10] + '.' + c[11]] += int(c[14] or 0)

    def centroid(points):
        if not points:
            return '', ''
        return ('%.4f' % midpoint([p[0] for p in points]), '%.4f' % midpoint([p[1] for p in points], True))

    out = os.path.join(ROOT, 'geo', 'admin1.tsv')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(admin1codes, encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as w:
        w.write('# First-level administrative areas. Source: GeoNames admin1CodesASCII (CC BY 4.0, www.geonames.org).\n')
        w.write('# lat/lon: centroid of the convex hull of the area\'s GeoNames places (with fewer than 3, the midpoint of their extent;\n')
        w.write('# tools/geo-tables.py).\n')
        w.write('# population: the summed population of the area\'s GeoNames places.\n')
        w.write('# abbreviations: forms used as a qualifier after a place name ("Alexandria, Va.", "Regina, Sask."), and alone when dotted ("Ky.").\n')
        w.write('code\tname\tasciiname\tgeonameid\tlat\tlon\tpopulation\tabbreviations\n')
        for code, name, ascii_name, gid in code_rows(f):
            h = hull_centroid(by_admin1.get(code, []))
            lat, lon = ('%.4f' % h[0], '%.4f' % h[1]) if h else centroid(by_admin1.get(code, []))
            cc, adm = code.split('.', 1)
            abbr = US_ABBR.get(adm, '') if cc == 'US' else OTHER_ABBR.get(code, '')
            if cc == 'US' and adm in US_ABBR:
                abbr = ';'.join(filter(None, [abbr, adm]))
            w.write('\t'.join([code, name, ascii_name, gid, lat, lon, str(people[code]), abbr]) + '\n')

    out = os.path.join(ROOT, 'geo', 'admin2.tsv')
    with open(admin2codes, encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as w:
        w.write('# Second-level administrative areas (US counties, districts, departements) that hold at least one place of\n')
        w.write('# cities500. Source: GeoNames admin2Codes (CC BY 4.0, www.geonames.org).\n')
        w.write('# lat/lon: midpoint of the 10th-90th percentile extent of the area\'s GeoNames places; population: their sum.\n')
        w.write('code\tname\tasciiname\tgeonameid\tlat\tlon\tpopulation\n')
        for code, name, ascii_name, gid in code_rows(f):
            if code not in by_admin2:
                continue
            lat, lon = centroid(by_admin2[code])
            w.write('\t'.join([code, name, ascii_name, gid, lat, lon, str(people[code])]) + '\n')

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
        if cells[1] in CENTRE:
            lat, lon = ('%.4f' % CENTRE[cells[1]][0], '%.4f' % CENTRE[cells[1]][1])
        rows.append('\t'.join(cells + [lat, lon]))
    with open(path, 'w', encoding='utf-8') as w:
        w.write('\n'.join(rows))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3])
