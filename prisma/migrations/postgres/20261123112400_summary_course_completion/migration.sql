-- CreateTable
CREATE TABLE "summary_course_completion" (
    "course_id" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "enrolled" INTEGER NOT NULL,
    "completers" INTEGER NOT NULL,
    "paying" INTEGER NOT NULL,
    "paying_completers" INTEGER NOT NULL,
    "was_payment" INTEGER NOT NULL,
    "was_payment_completers" INTEGER NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "summary_course_completion_pkey" PRIMARY KEY ("course_id")
);
