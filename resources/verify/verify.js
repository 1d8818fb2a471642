/* Loket — QR verification, in the browser, offline.
 *
 * The payload: LKT2.<kind>.<ref>.<number>.<yyyymmdd>.<kid>.<signature>
 * (fields percent-encoded, signature Ed25519 over everything before its dot,
 * base64url). The office's public keys are embedded in the page (LOKET below).
 *
 * WebCrypto's Ed25519 is used where the browser has it (Chromium 137+, Firefox
 * 129+, Safari 17+) and the page is a secure context; otherwise a small pure
 * JavaScript verifier (RFC 8032, BigInt) gives the same answer, so an old phone
 * or an office site served over plain http still verifies.
 */
"use strict";

var LoketVerify = (function () {
  // ---- SHA-512 (FIPS 180-4), for the pure-JS path when crypto.subtle is absent
  var K512 = [
    "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538",
    "59f111f1b605d019", "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe",
    "243185be4ee4b28c", "550c7dc3d5ffb4e2", "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235",
    "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3", "0fc19dc68b8cd5b5", "240ca1cc77ac9c65",
    "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5", "983e5152ee66dfab",
    "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
    "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed",
    "53380d139d95b3df", "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b",
    "a2bfe8a14cf10364", "a81a664bbc423001", "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218",
    "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8", "19a4c116b8d2d0c8", "1e376c085141ab53",
    "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb", "5b9cca4f7763e373",
    "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
    "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c",
    "d186b8c721c0c207", "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6",
    "113f9804bef90dae", "1b710b35131c471b", "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc",
    "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a", "5fcb6fab3ad6faec", "6c44198c4a475817"
  ].map(function (h) { return BigInt("0x" + h); });
  var M64 = (1n << 64n) - 1n;

  function rotr(x, n) { return ((x >> n) | (x << (64n - n))) & M64; }

  function sha512(bytes) {
    var H = ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1",
             "510e527fade682d1", "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"]
      .map(function (h) { return BigInt("0x" + h); });
    var len = bytes.length;
    var padded = new Uint8Array(Math.ceil((len + 17) / 128) * 128);
    padded.set(bytes);
    padded[len] = 0x80;
    var bits = BigInt(len) * 8n;
    for (var i = 0; i < 16; i++) {
      padded[padded.length - 1 - i] = Number((bits >> BigInt(8 * i)) & 0xffn);
    }
    var W = new Array(80);
    for (var off = 0; off < padded.length; off += 128) {
      for (var t = 0; t < 16; t++) {
        var w = 0n;
        for (var b = 0; b < 8; b++) { w = (w << 8n) | BigInt(padded[off + t * 8 + b]); }
        W[t] = w;
      }
      for (t = 16; t < 80; t++) {
        var s0 = rotr(W[t - 15], 1n) ^ rotr(W[t - 15], 8n) ^ (W[t - 15] >> 7n);
        var s1 = rotr(W[t - 2], 19n) ^ rotr(W[t - 2], 61n) ^ (W[t - 2] >> 6n);
        W[t] = (W[t - 16] + s0 + W[t - 7] + s1) & M64;
      }
      var a = H[0], bb = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (t = 0; t < 80; t++) {
        var S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
        var ch = (e & f) ^ (~e & M64 & g);
        var t1 = (h + S1 + ch + K512[t] + W[t]) & M64;
        var S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
        var maj = (a & bb) ^ (a & c) ^ (bb & c);
        var t2 = (S0 + maj) & M64;
        h = g; g = f; f = e; e = (d + t1) & M64; d = c; c = bb; bb = a; a = (t1 + t2) & M64;
      }
      H = [H[0] + a, H[1] + bb, H[2] + c, H[3] + d, H[4] + e, H[5] + f, H[6] + g, H[7] + h]
        .map(function (v) { return v & M64; });
    }
    var out = new Uint8Array(64);
    for (i = 0; i < 8; i++) {
      for (b = 0; b < 8; b++) { out[i * 8 + b] = Number((H[i] >> BigInt(56 - 8 * b)) & 0xffn); }
    }
    return out;
  }

  // ---- Ed25519 verification (RFC 8032 section 5.1.7), extended coordinates
  var P = (1n << 255n) - 19n;
  var L = (1n << 252n) + 27742317777372353535851937790883648493n;

  function mod(a, m) { var r = a % (m || P); return r >= 0n ? r : r + (m || P); }

  function pow(b, e) {
    var r = 1n; b = mod(b);
    while (e > 0n) { if (e & 1n) { r = mod(r * b); } b = mod(b * b); e >>= 1n; }
    return r;
  }

  function inv(a) { return pow(a, P - 2n); }

  var D = mod(-121665n * inv(121666n));
  var SQRT_M1 = pow(2n, (P - 1n) / 4n);
  var GX = 15112221349535400772501151409588531511454012693041857206046113283949847762202n;
  var GY = 46316835694926478169428394003475163141307993866256225615783033603165251855960n;
  var BASE = [GX, GY, 1n, mod(GX * GY)];
  var ZERO = [0n, 1n, 1n, 0n];

  function add(p, q) {
    var a = mod((p[1] - p[0]) * (q[1] - q[0])), b = mod((p[1] + p[0]) * (q[1] + q[0]));
    var c = mod(2n * D * p[3] * q[3]), d = mod(2n * p[2] * q[2]);
    var e = b - a, f = d - c, g = d + c, h = b + a;
    return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)];
  }

  function mul(point, k) {
    var r = ZERO, q = point;
    while (k > 0n) { if (k & 1n) { r = add(r, q); } q = add(q, q); k >>= 1n; }
    return r;
  }

  function le(bytes) {
    var n = 0n;
    for (var i = bytes.length - 1; i >= 0; i--) { n = (n << 8n) | BigInt(bytes[i]); }
    return n;
  }

  function decode(bytes) {
    if (bytes.length !== 32) { return null; }
    var copy = bytes.slice();
    var sign = (copy[31] & 0x80) >> 7;
    copy[31] &= 0x7f;
    var y = le(copy);
    if (y >= P) { return null; }
    var y2 = mod(y * y), u = mod(y2 - 1n), v = mod(D * y2 + 1n);
    var x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n));
    var vx2 = mod(v * x * x);
    if (vx2 !== u) {
      if (vx2 === mod(-u)) { x = mod(x * SQRT_M1); } else { return null; }
    }
    if (x === 0n && sign === 1) { return null; }
    if (Number(x & 1n) !== sign) { x = P - x; }
    return [x, y, 1n, mod(x * y)];
  }

  function encode(p) {
    var zi = inv(p[2]), x = mod(p[0] * zi), y = mod(p[1] * zi);
    var out = new Uint8Array(32);
    for (var i = 0; i < 32; i++) { out[i] = Number((y >> BigInt(8 * i)) & 0xffn); }
    out[31] |= Number(x & 1n) << 7;
    return out;
  }

  function concat(parts) {
    var n = 0, i;
    for (i = 0; i < parts.length; i++) { n += parts[i].length; }
    var out = new Uint8Array(n), at = 0;
    for (i = 0; i < parts.length; i++) { out.set(parts[i], at); at += parts[i].length; }
    return out;
  }

  function hasSubtle() {
    return typeof crypto !== "undefined" && crypto.subtle && typeof crypto.subtle.digest === "function";
  }

  async function digest512(bytes) {
    if (hasSubtle()) {
      try { return new Uint8Array(await crypto.subtle.digest("SHA-512", bytes)); } catch (e) { /* below */ }
    }
    return sha512(bytes);
  }

  /** Pure JavaScript Ed25519 verification: true when sig is pub's signature of msg. */
  async function verifyJs(pub, sig, msg) {
    if (pub.length !== 32 || sig.length !== 64) { return false; }
    var A = decode(pub);
    if (A === null) { return false; }
    var Rb = sig.slice(0, 32), s = le(sig.slice(32));
    if (s >= L) { return false; }
    var k = mod(le(await digest512(concat([Rb, pub, msg]))), L);
    var negA = [mod(-A[0]), A[1], A[2], mod(-A[3])];
    var check = encode(add(mul(BASE, s), mul(negA, k)));
    for (var i = 0; i < 32; i++) { if (check[i] !== Rb[i]) { return false; } }
    return true;
  }

  /** WebCrypto Ed25519, or null when this browser does not have it. */
  async function verifyWebCrypto(pub, sig, msg) {
    if (!hasSubtle() || typeof crypto.subtle.importKey !== "function") { return null; }
    var key;
    try {
      key = await crypto.subtle.importKey("raw", pub, { name: "Ed25519" }, false, ["verify"]);
    } catch (e) {
      return null;
    }
    try {
      return await crypto.subtle.verify({ name: "Ed25519" }, key, sig, msg);
    } catch (e) {
      return false;
    }
  }

  // ---- the payload
  function b64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) { return null; }
    var s = text.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) { s += "="; }
    try {
      var bin = atob(s), out = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
      // only the canonical encoding: a changed last character must not decode to the same bytes
      if (btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") !== text) { return null; }
      return out;
    } catch (e) {
      return null;
    }
  }

  function field(text) {
    if (!/^(?:[A-Za-z0-9\-_~\/]|%[0-9A-F]{2})*$/.test(text)) { return null; }
    try { return decodeURIComponent(text); } catch (e) { return null; }
  }

  /** The payload inside what a phone opened: "…#LKT2.…", or the payload itself. */
  function extract(text) {
    text = (text || "").trim();
    var at = text.indexOf("#");
    if (at >= 0) { text = text.slice(at + 1); }
    if (/%23|%2E/i.test(text.slice(0, 8))) {   // a fragment the browser re-encoded whole
      try { text = decodeURIComponent(text); } catch (e) { /* keep */ }
    }
    return text.trim();
  }

  /**
   * Verify a payload against the embedded keys.
   * Returns {ok, reason, kind, kindLabel, ref, number, date, office, workstation, engine}.
   * opts.engine: "auto" (WebCrypto, else JS), "js" (force the pure-JS verifier).
   */
  async function verify(text, data, opts) {
    opts = opts || {};
    var payload = extract(text);
    var out = { ok: false, reason: "", payload: payload, engine: "" };
    if (!payload) { out.reason = "Tidak ada kode QR pada alamat ini."; return out; }
    var parts = payload.split(".");
    if (parts[0] === "LKT1") {
      out.reason = "Kode QR format lama (LKT1) hanya dapat diperiksa di kantor.";
      return out;
    }
    if (parts.length !== 7 || parts[0] !== "LKT2" || !/^[A-Z0-9]{1,8}$/.test(parts[1]) ||
        !/^[0-9]{8}$/.test(parts[4]) || !/^[0-9a-f]{8}$/.test(parts[5])) {
      out.reason = "Bukan kode QR dokumen kantor ini, atau telah diubah.";
      return out;
    }
    var ref = field(parts[2]), number = field(parts[3]), sig = b64url(parts[6]);
    var y = +parts[4].slice(0, 4), m = +parts[4].slice(4, 6), d = +parts[4].slice(6, 8);
    var when = new Date(Date.UTC(y, m - 1, d));
    var validDate = when.getUTCFullYear() === y && when.getUTCMonth() === m - 1 && when.getUTCDate() === d;
    if (ref === null || number === null || sig === null || sig.length !== 64 || !validDate) {
      out.reason = "Bukan kode QR dokumen kantor ini, atau telah diubah.";
      return out;
    }
    var iso = parts[4].slice(0, 4) + "-" + parts[4].slice(4, 6) + "-" + parts[4].slice(6, 8);
    var body = new TextEncoder().encode(parts.slice(0, 6).join("."));
    var keys = (data.keys || []).filter(function (k) { return k.kid === parts[5]; });
    if (!keys.length) {
      out.reason = "Kode QR ditandatangani dengan kunci yang tidak dikenal kantor ini.";
      return out;
    }
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i], pub = b64url(key.public_key), good = null;
      if (pub === null) { continue; }
      if (opts.engine !== "js") {
        good = await verifyWebCrypto(pub, sig, body);
        out.engine = good === null ? "" : "webcrypto";
      }
      if (good === null) { good = await verifyJs(pub, sig, body); out.engine = "js"; }
      if (!good) { continue; }
      if (key.revoked_from && iso >= key.revoked_from) {
        out.reason = "Kunci penanda tangan dicabut sejak " + tanggal(key.revoked_from) +
          "; dokumen bertanggal " + tanggal(iso) + " tidak diakui.";
        return out;
      }
      out.ok = true;
      out.kind = parts[1];
      out.kindLabel = (data.kinds || {})[parts[1]] || parts[1];
      out.ref = ref;
      out.number = number;
      out.date = iso;
      out.office = key.office || data.office || "";
      out.workstation = key.workstation || "";
      return out;
    }
    out.reason = "Tanda tangan kode QR tidak cocok: dokumen palsu atau telah diubah.";
    return out;
  }

  var BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"];

  function tanggal(iso) {
    var p = iso.split("-");
    return (+p[2]) + " " + BULAN[+p[1] - 1] + " " + p[0];
  }

  return { verify: verify, verifyJs: verifyJs, verifyWebCrypto: verifyWebCrypto, sha512: sha512,
           extract: extract, tanggal: tanggal };
})();

if (typeof module !== "undefined") { module.exports = LoketVerify; }
