# An old agent on the image still speaks IMDSv1.
imds_tokens = "optional"
