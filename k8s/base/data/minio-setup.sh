#!/bin/sh
# Idempotent set-up of the evidence bucket (object lock, default retention) and evidence-service's user.
set -eu
until mc alias set store http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null; do
  sleep 3
done
# Object lock can only be switched on when the bucket is made (it turns versioning on with it).
mc mb --ignore-existing --with-lock "store/$EVIDENCE_BUCKET"
mc retention set --default compliance "$EVIDENCE_RETENTION" "store/$EVIDENCE_BUCKET"
cat > /tmp/evidence-policy.json <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],
      "Resource": ["arn:aws:s3:::$EVIDENCE_BUCKET"] },
    { "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject",
        "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      "Resource": ["arn:aws:s3:::$EVIDENCE_BUCKET/*"] }
  ]
}
POLICY
mc admin policy create store evidence-service /tmp/evidence-policy.json
mc admin user add store "$EVIDENCE_ACCESS_KEY" "$EVIDENCE_SECRET_KEY"
mc admin policy attach store evidence-service --user "$EVIDENCE_ACCESS_KEY" 2>/dev/null || true
mc retention info --default "store/$EVIDENCE_BUCKET"
