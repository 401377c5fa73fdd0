import { DomainError, type FieldIssue } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';

/** x or y of a focal point is not a fraction from 0 to 1; `issues` names each field at fault. */
export class FocalPointOutsideImageError extends DomainError {
  constructor(issues: FieldIssue[]) {
    super(
      ErrorCode.FOCAL_POINT_OUTSIDE_IMAGE,
      `The focal point lies outside the image: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      {
        issues,
        field: issues[0]?.path,
      },
    );
  }
}

/** The asset was registered by URL: there is no file of ours to make renditions from. */
export class NoStoredFileError extends DomainError {
  constructor(assetId: string, field: string) {
    super(
      ErrorCode.NO_STORED_FILE,
      'The media asset has no uploaded file (it was registered by URL), so it has no renditions to crop: upload the file with POST /media first',
      { id: toGlobalId('MediaAsset', assetId), field },
    );
  }
}
