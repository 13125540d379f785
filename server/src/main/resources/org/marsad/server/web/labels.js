// Arabic labels of the codes the API uses.

export const ENTITY_TYPES = {
  PERSON: 'شخص', ORG: 'منظمة', GPE: 'دولة أو كيان سياسي', LOC: 'مكان', GROUP: 'جماعة', MISC: 'أخرى',
};

export const PLOVER = {
  AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
  RETREAT: 'انسحاب', REQUEST: 'مطالبة', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
  SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء',
};

export const MODES = {
  asserted: 'مؤكد', planned: 'مخطط له', negated: 'منفي', hypothetical: 'افتراضي', denied: 'منفي رسميًا',
};

export const FACETS = [
  ['entity', 'الكيانات'], ['country', 'الدول'], ['type', 'أنواع الأحداث'], ['source', 'المصادر'], ['month', 'الأشهر'],
];

export function ploverLabel(code) {
  return PLOVER[code] ? `${PLOVER[code]}` : code;
}

export function entityHref(entity) {
  const key = entity.kb || `${entity.type}:${entity.name}`;
  return `/entity/${encodeURIComponent(key)}`;
}
