//! Loaders: integrations and templates from the files users keep (OpenAPI JSON today; YAML,
//! CloudFormation/SAM, CDK and Terraform later). They build the models of [`crate::gateway`].

pub mod openapi;
