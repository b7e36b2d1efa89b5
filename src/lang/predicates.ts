// What a sentence says happened, as classes of verbs and nouns in Indonesian and
// English: two sentences from different languages that share entities and a
// predicate class likely state the same thing. Matched at word starts, so the
// list holds stems and their common affixed forms.
export const PREDICATES: Readonly<Record<string, readonly string[]>> = {
  supply: ['memasok', 'pasokan', 'pemasok', 'menyediakan', 'memberikan', 'memberi', 'mengirim', 'dikirim', 'pengiriman', 'mentransfer', 'transfer', 'menjual', 'penjualan', 'supplied', 'supply', 'supplies', 'supplying', 'supplier', 'provided', 'provide', 'providing', 'sent', 'send', 'shipped', 'shipment', 'delivered', 'delivery', 'transferred', 'sold', 'sale'],
  use: ['menggunakan', 'digunakan', 'penggunaan', 'menembakkan', 'ditembakkan', 'meluncurkan', 'diluncurkan', 'peluncuran', 'used', 'using', 'fired', 'launched', 'launch'],
  deploy: ['dikerahkan', 'mengerahkan', 'pengerahan', 'ditempatkan', 'deployed', 'deploy', 'deployment', 'stationed'],
  produce: ['memproduksi', 'diproduksi', 'produksi', 'produsen', 'membuat', 'produced', 'produce', 'production', 'manufactured', 'manufacture'],
  meet: ['bertemu', 'pertemuan', 'kunjungan', 'berkunjung', 'menandatangani', 'met', 'meet', 'meeting', 'visit', 'visited', 'summit', 'signed'],
  violate: ['melanggar', 'pelanggaran', 'sanksi', 'violate', 'violated', 'violation', 'sanction', 'sanctions', 'sanctioned'],
  deny: ['menyangkal', 'membantah', 'tidak mengonfirmasi', 'denied', 'deny', 'denies', 'rejected'],
  casualty: ['tewas', 'terbunuh', 'korban', 'killed', 'dead', 'casualties', 'wounded'],
  find: ['ditemukan', 'menemukan', 'penemuan', 'sisa-sisa', 'found', 'recovered', 'debris', 'remnants'],
};
