/// The OpenAPI 3.1 description of the API contract (`/work/shared/design/api.md`), served at
/// `GET /openapi.json`. It describes every response field and every problem+json error status;
/// `Tests/contract` validates it and checks live responses against it.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "claimtrace",
    "version": "1",
    "description": "Who said what in a news article: entities, claims and their sources with exact character offsets. Every error is application/problem+json (RFC 9457). API keys are enforced only when configured."
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/v1/extract": {
      "post": {
        "operationId": "extract",
        "summary": "Entities, claims and sources of one article.",
        "parameters": [
          {
            "name": "offsets",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/OffsetUnit"
            },
            "description": "Offset unit (default codepoint). For JSON bodies, the default when options.offsets is absent."
          },
          {
            "name": "published",
            "in": "query",
            "required": false,
            "schema": {
              "anyOf": [
                {
                  "type": "string",
                  "format": "date"
                },
                {
                  "type": "string",
                  "format": "date-time"
                }
              ]
            },
            "description": "ISO 8601 publication date or date-time (text/plain bodies; JSON bodies when they have none)."
          },
          {
            "name": "id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Client id echoed as document.client_id."
          }
        ],
        "security": [
          {},
          {
            "bearer": []
          },
          {
            "apiKey": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "text/plain": {
              "schema": {
                "type": "string",
                "minLength": 1,
                "pattern": "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F][^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$",
                "description": "The article: UTF-8 text with at least one visible character. Empty, whitespace-only, invalid UTF-8 or binary (more than 1 in 10 characters a control) text is a 422. The pattern describes text that is always accepted."
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExtractionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The extraction. Byte-identical for the same text and options.",
            "headers": {
              "ETag": {
                "description": "Derived from the document id, the options and the model version.",
                "schema": {
                  "type": "string"
                }
              },
              "Server-Timing": {
                "description": "queue and extract durations in ms.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExtractionResponse"
                }
              }
            }
          },
          "304": {
            "description": "If-None-Match matched the ETag.",
            "headers": {
              "ETag": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "414": {
            "$ref": "#/components/responses/URITooLong"
          },
          "417": {
            "$ref": "#/components/responses/ExpectationFailed"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "501": {
            "$ref": "#/components/responses/NotImplemented"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "411": {
            "$ref": "#/components/responses/LengthRequired"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          },
          "422": {
            "description": "The text is empty, not valid UTF-8, or binary.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/extract/batch": {
      "post": {
        "operationId": "extractBatch",
        "summary": "One result per NDJSON request line, streamed in input order.",
        "parameters": [
          {
            "name": "offsets",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/OffsetUnit"
            },
            "description": "Offset unit (default codepoint). For JSON bodies, the default when options.offsets is absent."
          }
        ],
        "security": [
          {},
          {
            "bearer": []
          },
          {
            "apiKey": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-ndjson": {
              "schema": {
                "type": "string",
                "description": "One ExtractionRequest JSON object per line; blank lines are skipped."
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "application/x-ndjson, chunked: per non-blank input line, an ExtractionResponse or a BatchErrorLine.",
            "content": {
              "application/x-ndjson": {
                "schema": {
                  "type": "string"
                },
                "x-ndjson-line-schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/ExtractionResponse"
                    },
                    {
                      "$ref": "#/components/schemas/BatchErrorLine"
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "414": {
            "$ref": "#/components/responses/URITooLong"
          },
          "417": {
            "$ref": "#/components/responses/ExpectationFailed"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "501": {
            "$ref": "#/components/responses/NotImplemented"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "411": {
            "$ref": "#/components/responses/LengthRequired"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "503": {
            "$ref": "#/components/responses/Busy"
          }
        }
      }
    },
    "/healthz": {
      "get": {
        "operationId": "health",
        "summary": "The process is alive.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          }
        },
        "security": [
          {}
        ]
      }
    },
    "/readyz": {
      "get": {
        "operationId": "ready",
        "summary": "Models loaded and not draining.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Status"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          },
          "503": {
            "description": "Not ready: draining or models not loaded.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            },
            "headers": {
              "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        },
        "security": [
          {}
        ]
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          }
        },
        "security": [
          {}
        ]
      }
    },
    "/metrics": {
      "get": {
        "operationId": "metrics",
        "summary": "Prometheus text exposition format 0.0.4.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        },
        "security": [
          {},
          {
            "bearer": []
          },
          {
            "apiKey": []
          }
        ]
      }
    },
    "/": {
      "get": {
        "operationId": "page",
        "summary": "A self-contained page that maps an article's entities, claims and sources.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotAllowed"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "408": {
            "$ref": "#/components/responses/RequestTimeout"
          },
          "431": {
            "$ref": "#/components/responses/RequestHeaderFieldsTooLarge"
          },
          "505": {
            "$ref": "#/components/responses/HTTPVersionNotSupported"
          },
          "304": {
            "$ref": "#/components/responses/NotModified"
          }
        },
        "security": [
          {}
        ]
      }
    }
  },
  "components": {
    "schemas": {
      "Problem": {
        "type": "object",
        "description": "RFC 9457 problem details.",
        "required": [
          "type",
          "title",
          "status",
          "detail"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          }
        }
      },
      "OffsetUnit": {
        "type": "string",
        "enum": [
          "codepoint",
          "utf16",
          "utf8"
        ],
        "description": "Unit of every start/end: Unicode scalar values (default), UTF-16 code units, or UTF-8 bytes."
      },
      "ExtractionRequest": {
        "type": "object",
        "required": [
          "text"
        ],
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "pattern": "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F][^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$",
            "description": "The article: UTF-8 text with at least one visible character. Empty, whitespace-only, invalid UTF-8 or binary (more than 1 in 10 characters a control) text is a 422. The pattern describes text that is always accepted."
          },
          "id": {
            "type": [
              "string",
              "null"
            ],
            "description": "Client id, echoed as document.client_id."
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "description": "Echoed as document.title; not analysed."
          },
          "published": {
            "anyOf": [
              {
                "type": "string",
                "format": "date"
              },
              {
                "type": "string",
                "format": "date-time"
              },
              {
                "type": "null"
              }
            ],
            "description": "ISO 8601 date (YYYY-MM-DD) or date-time; resolves relative dates such as \"on Saturday\"."
          },
          "options": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "offsets": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/OffsetUnit"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          }
        }
      },
      "Span": {
        "type": "object",
        "required": [
          "start",
          "end"
        ],
        "properties": {
          "start": {
            "type": "integer",
            "minimum": 0,
            "description": "Inclusive start offset in document.offset_unit."
          },
          "end": {
            "type": "integer",
            "minimum": 0,
            "description": "Exclusive end offset in document.offset_unit."
          }
        }
      },
      "TextSpan": {
        "type": "object",
        "required": [
          "text",
          "start",
          "end"
        ],
        "properties": {
          "text": {
            "type": "string",
            "description": "The input sliced at start..end."
          },
          "start": {
            "type": "integer",
            "minimum": 0,
            "description": "Inclusive start offset in document.offset_unit."
          },
          "end": {
            "type": "integer",
            "minimum": 0,
            "description": "Exclusive end offset in document.offset_unit."
          }
        }
      },
      "Mention": {
        "type": "object",
        "required": [
          "start",
          "end",
          "text",
          "sentence"
        ],
        "properties": {
          "text": {
            "type": "string",
            "description": "The input sliced at start..end."
          },
          "start": {
            "type": "integer",
            "minimum": 0,
            "description": "Inclusive start offset in document.offset_unit."
          },
          "end": {
            "type": "integer",
            "minimum": 0,
            "description": "Exclusive end offset in document.offset_unit."
          },
          "sentence": {
            "type": "integer",
            "minimum": 0,
            "description": "Index into document.sentences."
          }
        }
      },
      "Document": {
        "type": "object",
        "required": [
          "id",
          "length",
          "offset_unit",
          "language",
          "sentences"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^sha256:[0-9a-f]{64}$",
            "description": "SHA-256 of the UTF-8 text."
          },
          "client_id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "length": {
            "type": "integer",
            "minimum": 0,
            "description": "Text length in offset_unit."
          },
          "offset_unit": {
            "$ref": "#/components/schemas/OffsetUnit"
          },
          "language": {
            "type": "string"
          },
          "sentences": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Span"
            }
          },
          "published": {
            "type": "string"
          }
        }
      },
      "Entity": {
        "type": "object",
        "required": [
          "id",
          "name",
          "type",
          "aliases",
          "descriptors",
          "salience",
          "value",
          "mentions"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^E[0-9]+$"
          },
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "PERSON",
              "ORGANIZATION",
              "LOCATION",
              "NORP",
              "MISC",
              "DATE",
              "TIME",
              "MONEY",
              "PERCENT",
              "QUANTITY"
            ]
          },
          "aliases": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "descriptors": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "salience": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "value": {
            "type": [
              "string",
              "number",
              "null"
            ],
            "description": "ISO 8601 for DATE/TIME, a number for MONEY/PERCENT/QUANTITY, else null."
          },
          "mentions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Mention"
            }
          }
        }
      },
      "Quantity": {
        "type": "object",
        "required": [
          "text",
          "start",
          "end",
          "value",
          "unit",
          "bound"
        ],
        "properties": {
          "text": {
            "type": "string",
            "description": "The input sliced at start..end."
          },
          "start": {
            "type": "integer",
            "minimum": 0,
            "description": "Inclusive start offset in document.offset_unit."
          },
          "end": {
            "type": "integer",
            "minimum": 0,
            "description": "Exclusive end offset in document.offset_unit."
          },
          "value": {
            "type": [
              "number",
              "null"
            ]
          },
          "unit": {
            "type": [
              "string",
              "null"
            ]
          },
          "bound": {
            "type": "string",
            "enum": [
              "exact",
              "approximate",
              "upper",
              "lower"
            ]
          }
        }
      },
      "Attribution": {
        "type": "object",
        "required": [
          "type",
          "cue",
          "source_mention"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "direct",
              "mixed",
              "indirect",
              "according_to",
              "hedged_unattributed",
              "none"
            ]
          },
          "cue": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/TextSpan"
              },
              {
                "type": "null"
              }
            ]
          },
          "source_mention": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/TextSpan"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "Claim": {
        "type": "object",
        "required": [
          "id",
          "text",
          "start",
          "end",
          "sentence",
          "checkworthiness",
          "hedged",
          "negated",
          "source",
          "attribution",
          "entities",
          "quantities"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^C[0-9]+$"
          },
          "text": {
            "type": "string",
            "description": "The input sliced at start..end."
          },
          "start": {
            "type": "integer",
            "minimum": 0,
            "description": "Inclusive start offset in document.offset_unit."
          },
          "end": {
            "type": "integer",
            "minimum": 0,
            "description": "Exclusive end offset in document.offset_unit."
          },
          "parts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TextSpan"
            },
            "description": "Present when the content is interrupted by its attribution."
          },
          "sentence": {
            "type": "integer",
            "minimum": 0
          },
          "checkworthiness": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "hedged": {
            "type": "boolean"
          },
          "negated": {
            "type": "boolean"
          },
          "source": {
            "type": [
              "string",
              "null"
            ],
            "description": "A sources[].id, or null for the article's own voice."
          },
          "attribution": {
            "$ref": "#/components/schemas/Attribution"
          },
          "entities": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "quantities": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Quantity"
            }
          }
        }
      },
      "Source": {
        "type": "object",
        "required": [
          "id",
          "name",
          "kind",
          "entity",
          "description",
          "role",
          "affiliation",
          "mentions",
          "claims"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^S[0-9]+$"
          },
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "person",
              "organization",
              "location",
              "group",
              "unnamed"
            ]
          },
          "entity": {
            "type": [
              "string",
              "null"
            ]
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ]
          },
          "affiliation": {
            "type": [
              "string",
              "null"
            ],
            "description": "An entity id."
          },
          "mentions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TextSpan"
            }
          },
          "claims": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ExtractionResponse": {
        "type": "object",
        "required": [
          "schema_version",
          "document",
          "entities",
          "claims",
          "sources"
        ],
        "properties": {
          "schema_version": {
            "type": "string",
            "const": "1"
          },
          "document": {
            "$ref": "#/components/schemas/Document"
          },
          "entities": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Entity"
            }
          },
          "claims": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Claim"
            }
          },
          "sources": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Source"
            }
          }
        }
      },
      "BatchErrorLine": {
        "type": "object",
        "required": [
          "id",
          "line",
          "error"
        ],
        "properties": {
          "id": {
            "type": [
              "string",
              "null"
            ]
          },
          "line": {
            "type": "integer",
            "minimum": 1,
            "description": "Input line number, from 1."
          },
          "error": {
            "$ref": "#/components/schemas/Problem"
          }
        }
      },
      "Status": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string"
          }
        }
      }
    },
    "responses": {
      "NotModified": {
        "description": "If-None-Match matched."
      },
      "BadRequest": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Malformed request: bad request line or headers, ambiguous framing, bad JSON, bad query parameter."
      },
      "Unauthorized": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "An API key is configured and the request has none, or a wrong one.",
        "headers": {
          "WWW-Authenticate": {
            "description": "Bearer challenge.",
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "NotFound": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No resource at this path."
      },
      "MethodNotAllowed": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The method is not allowed on this path.",
        "headers": {
          "Allow": {
            "description": "The methods the resource supports.",
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "RequestTimeout": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The client did not send the request head or body in time; the connection is closed."
      },
      "LengthRequired": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "POST without Content-Length or chunked Transfer-Encoding."
      },
      "ContentTooLarge": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The body is larger than limits.max_body_bytes."
      },
      "URITooLong": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The request line is longer than limits.max_header_bytes."
      },
      "UnsupportedMediaType": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Missing or unsupported Content-Type, or a charset other than UTF-8."
      },
      "ExpectationFailed": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "An Expect value other than 100-continue."
      },
      "RequestHeaderFieldsTooLarge": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The header section is larger than limits.max_header_bytes or has too many fields."
      },
      "NotImplemented": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A transfer coding other than chunked."
      },
      "Busy": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The extraction workers are busy and the queue is full, or the server has reached max_connections.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying.",
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "HTTPVersionNotSupported": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "An HTTP version other than 1.0 and 1.1."
      }
    },
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "Authorization: Bearer <key>, when api_keys is configured."
      },
      "apiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "X-API-Key: <key>, when api_keys is configured."
      }
    }
  }
}
"""#
}
