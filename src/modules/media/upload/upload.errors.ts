import { DomainError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';

export class MediaTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super(ErrorCode.MEDIA_TOO_LARGE, `The file is larger than the ${maxBytes} bytes an upload may have`, { maxBytes });
  }
}

export class MediaTypeUnsupportedError extends DomainError {
  constructor(found: string | null) {
    super(
      ErrorCode.MEDIA_TYPE_UNSUPPORTED,
      `The file is ${found ? `a ${found} image` : 'not an image'}: upload a JPEG, PNG, WebP or AVIF photo`,
      { found },
    );
  }
}

export class MediaTooManyPixelsError extends DomainError {
  constructor(width: number, height: number, maxPixels: number) {
    super(
      ErrorCode.MEDIA_TOO_MANY_PIXELS,
      `The image is ${width}×${height} (${width * height} pixels); at most ${maxPixels} pixels are accepted`,
      { width, height, maxPixels },
    );
  }
}

export class MediaCorruptError extends DomainError {
  constructor() {
    super(ErrorCode.MEDIA_CORRUPT, 'The image is truncated or damaged: it cannot be decoded');
  }
}

/** The request is not a multipart upload at all, or its multipart body is malformed. */
export class MalformedUploadError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.BAD_REQUEST, message);
  }
}
