import { S3Storage } from './s3-storage';

const base = {
  bucket: 'uploads',
  region: 'eu-central-1',
  accessKeyId: 'k',
  secretAccessKey: 's',
};

describe('S3Storage addressing', () => {
  it('uses virtual-hosted URLs on AWS by default', () => {
    const s = new S3Storage({ ...base, forcePathStyle: false });
    expect(s.urlOf('images/a.jpg')).toBe(
      'https://uploads.s3.eu-central-1.amazonaws.com/images/a.jpg',
    );
  });

  it('puts the bucket in the path for path-style servers, keeping an endpoint path', () => {
    const s = new S3Storage({
      ...base,
      endpoint: 'http://minio.internal:9000/',
      forcePathStyle: true,
    });
    expect(s.urlOf('images/a.jpg')).toBe('http://minio.internal:9000/uploads/images/a.jpg');
    const prefixed = new S3Storage({
      ...base,
      endpoint: 'https://gw.example.nl/s3',
      forcePathStyle: true,
    });
    expect(prefixed.urlOf('images/b.png')).toBe('https://gw.example.nl/s3/uploads/images/b.png');
  });

  it('refuses unsafe keys before building a URL', () => {
    const s = new S3Storage({ ...base, forcePathStyle: true });
    expect(() => s.urlOf('../other-bucket/x')).toThrow(/Invalid storage key/);
  });
});
