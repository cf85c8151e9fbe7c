// Input schemas of certificate definitions, shared by the edit form and the server action.
import { z } from 'zod';

const ZOptionalPositiveNumber = (max: number) => z.number().positive().max(max).nullable();

export const ZCertificateCourseInput = z
  .object({
    /** An existing course; or leave empty and give newCourseName to create one. */
    courseId: z.string().trim().min(1).optional(),
    newCourseName: z.string().trim().min(3, 'A course name needs at least 3 characters').max(300).optional(),
    position: z.number().int('Order must be a whole number').min(1, 'Order starts at 1').max(100),
    estimatedHours: z
      .number({ error: 'Estimated hours must be a number' })
      .positive('Estimated hours must be more than 0')
      .max(1000, 'Estimated hours above 1000 are not plausible for one course'),
  })
  .refine((course) => Boolean(course.courseId) !== Boolean(course.newCourseName), {
    message: 'Choose an existing course or name a new one',
    path: ['courseId'],
  });

export const ZUpdateCertificateInput = z
  .object({
    certificateId: z.string().trim().min(1),
    name: z.string().trim().min(3, 'The name needs at least 3 characters').max(300),
    statedTotalHours: ZOptionalPositiveNumber(10_000),
    statedCredits: z.number().min(0, 'Credits cannot be negative').max(300).nullable(),
    statedExactCredits: z.number().min(0, 'Credits cannot be negative').max(300).nullable(),
    eqfLevel: z.number().int().min(1, 'EQF levels run from 1 to 8').max(8, 'EQF levels run from 1 to 8').nullable(),
    intendedDurationMonthsMin: ZOptionalPositiveNumber(120),
    intendedDurationMonthsMax: ZOptionalPositiveNumber(120),
    courses: z.array(ZCertificateCourseInput).min(1, 'A certificate needs at least one course').max(60),
  })
  .superRefine((input, context) => {
    const positions = new Map<number, number>();
    const courseIds = new Map<string, number>();
    input.courses.forEach((course, index) => {
      if (positions.has(course.position)) {
        context.addIssue({ code: 'custom', path: ['courses', index, 'position'], message: `Order ${course.position} is used twice` });
      }
      positions.set(course.position, index);
      if (course.courseId) {
        if (courseIds.has(course.courseId)) {
          context.addIssue({ code: 'custom', path: ['courses', index, 'courseId'], message: 'This course is already in the certificate' });
        }
        courseIds.set(course.courseId, index);
      }
    });
    const { intendedDurationMonthsMin: min, intendedDurationMonthsMax: max } = input;
    if (min !== null && max !== null && min > max) {
      context.addIssue({ code: 'custom', path: ['intendedDurationMonthsMax'], message: 'The longest duration cannot be shorter than the shortest' });
    }
  });

export type TUpdateCertificateInput = z.infer<typeof ZUpdateCertificateInput>;
export type TCertificateCourseInput = z.infer<typeof ZCertificateCourseInput>;
