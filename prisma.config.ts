// Prisma CLI configuration. The app itself never runs the Prisma CLI against a database:
// migrations are SQL files applied by lib/db/migrate.ts (see ARCHITECTURE.md, "Database").
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
});
