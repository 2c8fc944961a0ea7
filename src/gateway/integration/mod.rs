//! The integration model: what an `x-amazon-apigateway-integration` object says, plus the
//! method's declared request parameters and method responses. Loaders (OpenAPI JSON today,
//! YAML and IaC later) live in [`crate::sources`]; this module only holds the data.

use indexmap::IndexMap;

/// `type` of the integration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntegrationType {
    Mock,
    /// AWS service integrations, including Lambda non-proxy (`...:lambda:path/.../invocations`).
    Aws,
    Http,
    HttpProxy,
    AwsProxy,
}

impl IntegrationType {
    pub fn parse(s: &str) -> Option<IntegrationType> {
        Some(match s.to_ascii_uppercase().as_str() {
            "MOCK" => IntegrationType::Mock,
            "AWS" => IntegrationType::Aws,
            "HTTP" => IntegrationType::Http,
            "HTTP_PROXY" => IntegrationType::HttpProxy,
            "AWS_PROXY" => IntegrationType::AwsProxy,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            IntegrationType::Mock => "MOCK",
            IntegrationType::Aws => "AWS",
            IntegrationType::Http => "HTTP",
            IntegrationType::HttpProxy => "HTTP_PROXY",
            IntegrationType::AwsProxy => "AWS_PROXY",
        }
    }

    pub fn is_proxy(self) -> bool {
        matches!(self, IntegrationType::HttpProxy | IntegrationType::AwsProxy)
    }
}

/// `passthroughBehavior` (DG-PASS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Passthrough {
    #[default]
    WhenNoMatch,
    WhenNoTemplates,
    Never,
}

impl Passthrough {
    pub fn parse(s: &str) -> Option<Passthrough> {
        Some(match s.to_ascii_uppercase().as_str() {
            "WHEN_NO_MATCH" => Passthrough::WhenNoMatch,
            "WHEN_NO_TEMPLATES" => Passthrough::WhenNoTemplates,
            "NEVER" => Passthrough::Never,
            _ => return None,
        })
    }
}

/// One entry of the integration's `responses`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IntegrationResponse {
    /// `None` or empty: the default response.
    pub selection_pattern: Option<String>,
    pub status_code: String,
    /// `method.response.header.NAME` → source expression.
    pub response_parameters: IndexMap<String, String>,
    /// MIME type → template.
    pub response_templates: IndexMap<String, String>,
    pub content_handling: Option<String>,
}

impl IntegrationResponse {
    pub fn is_default(&self) -> bool {
        self.selection_pattern.as_deref().is_none_or(str::is_empty)
    }
}

/// The whole method: integration settings plus what the method declares.
#[derive(Clone, Debug, PartialEq)]
pub struct Integration {
    pub kind: IntegrationType,
    pub http_method: Option<String>,
    pub uri: Option<String>,
    /// `integration.request.{path,querystring,header}.NAME` → source expression.
    pub request_parameters: IndexMap<String, String>,
    pub request_templates: IndexMap<String, String>,
    pub passthrough: Passthrough,
    pub content_handling: Option<String>,
    /// The API's `binaryMediaTypes` (an API-level setting; the integration file carries it).
    pub binary_media_types: Vec<String>,
    pub responses: Vec<IntegrationResponse>,
    /// Declared method request parameters (`method.request.querystring.q` → required).
    pub method_parameters: IndexMap<String, bool>,
    /// Whether a request validator checks the parameters (`x-amazon-apigateway-request-validator`
    /// on the operation). Without one, AWS does not enforce `required` (recorded on AWS:
    /// test_http_proxy_integration_request_data_mappings declares `emptyheader` required,
    /// does not send it, and gets 200).
    pub validate_parameters: bool,
    /// Declared method response status codes; `None` when the file gives none (then every
    /// status is accepted, as if the method responses had been declared to match).
    pub method_responses: Option<Vec<String>>,
}

impl Integration {
    pub fn new(kind: IntegrationType) -> Integration {
        Integration {
            kind,
            http_method: None,
            uri: None,
            request_parameters: IndexMap::new(),
            request_templates: IndexMap::new(),
            passthrough: Passthrough::default(),
            content_handling: None,
            binary_media_types: Vec::new(),
            responses: Vec::new(),
            method_parameters: IndexMap::new(),
            validate_parameters: false,
            method_responses: None,
        }
    }

    /// Lambda non-proxy: an AWS integration whose URI invokes a Lambda function. Its
    /// integration responses are selected on `errorMessage`, not on a status code.
    pub fn is_lambda(&self) -> bool {
        self.kind == IntegrationType::Aws
            && self
                .uri
                .as_deref()
                .is_some_and(|u| u.contains(":lambda:path/") || u.contains("lambda"))
    }
}
