-- Stories published before snapshots existed get their publication from the working copy,
-- so readers keep seeing them; their reference index is copied with them.
INSERT INTO "ArticlePublication" ("articleId", version, slug, headline, summary, language, section, tags,
  "datelinePlace", "datelineDate", "canonicalUrl", "seoTitle", "seoDescription", document, "bodyText", "searchVector",
  "publishedAt", "revisedAt", corrections)
SELECT a.id, a.version, a.slug, a.headline, a.summary, a.language, a.section, a.tags,
  a."datelinePlace", a."datelineDate", a."canonicalUrl", a."seoTitle", a."seoDescription",
  jsonb_build_object(
    'blocks', coalesce((SELECT jsonb_agg(jsonb_build_object('position', b.position, 'type', b.type, 'data', b.data) ORDER BY b.position)
      FROM "ArticleBlock" b WHERE b."articleId" = a.id), '[]'::jsonb),
    'authors', coalesce((SELECT jsonb_agg(jsonb_build_object('personId', x."personId", 'role', x.role, 'position', x.position) ORDER BY x.position)
      FROM "ArticleAuthor" x WHERE x."articleId" = a.id), '[]'::jsonb),
    'links', coalesce((SELECT jsonb_agg(jsonb_build_object('relation', l.relation, 'targetType', l."targetType", 'targetId', l."targetId", 'position', l.position) ORDER BY l.position)
      FROM "ArticleLink" l WHERE l."articleId" = a.id), '[]'::jsonb)),
  a."bodyText", a."searchVector", coalesce(a."publishedAt", a."updatedAt"), a."updatedAt", '[]'::jsonb
FROM "Article" a
WHERE a.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "ArticlePublication" p WHERE p."articleId" = a.id);

INSERT INTO "ArticlePublicationReference" ("articleId", "targetType", "targetId", kind, "blockPosition")
SELECT r."articleId", r."targetType", r."targetId", r.kind, r."blockPosition"
FROM "ArticleReference" r JOIN "ArticlePublication" p ON p."articleId" = r."articleId"
ON CONFLICT DO NOTHING;

UPDATE "Article" SET "publishedAt" = "updatedAt" WHERE status = 'PUBLISHED' AND "publishedAt" IS NULL;
