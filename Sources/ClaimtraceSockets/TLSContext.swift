import COpenSSL

/// A server TLS configuration (OpenSSL `SSL_CTX`): certificate chain and private key loaded
/// once, TLS 1.2 minimum (RFC 8996 deprecates 1.0 and 1.1). Shared by every connection.
public final class TLSContext: @unchecked Sendable {
    // An SSL_CTX is safe to share between threads once configured (OpenSSL threads(7)).
    let context: OpaquePointer

    /// Loads a PEM certificate chain and private key; fails with OpenSSL's reason.
    public init(certificatePath: String, privateKeyPath: String) throws {
        guard let context = SSL_CTX_new(TLS_server_method()) else { throw TLSContext.error("SSL_CTX_new") }
        self.context = context
        // SSL_CTX_set_min_proto_version and SSL_CTX_set_mode are macros over SSL_CTX_ctrl.
        _ = SSL_CTX_ctrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil)
        // Partial writes and a moving write buffer let the channel hand SSL_write whatever part
        // of its outbound queue is at the front, exactly like send(2).
        _ = SSL_CTX_ctrl(context, SSL_CTRL_MODE,
                         Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER), nil)
        guard SSL_CTX_use_certificate_chain_file(context, certificatePath) == 1 else {
            throw TLSContext.error("certificate \(certificatePath)")
        }
        guard SSL_CTX_use_PrivateKey_file(context, privateKeyPath, SSL_FILETYPE_PEM) == 1 else {
            throw TLSContext.error("private key \(privateKeyPath)")
        }
        guard SSL_CTX_check_private_key(context) == 1 else {
            throw TLSContext.error("private key does not match the certificate")
        }
    }

    deinit { SSL_CTX_free(context) }

    /// A server-side transport over the accepted descriptor `fd`.
    public func transport(fd: Int32) throws -> TLSTransport {
        guard let ssl = SSL_new(context) else { throw TLSContext.error("SSL_new") }
        guard SSL_set_fd(ssl, fd) == 1 else {
            SSL_free(ssl)
            throw TLSContext.error("SSL_set_fd")
        }
        // The handshake then runs inside the first SSL_read/SSL_write calls.
        SSL_set_accept_state(ssl)
        return TLSTransport(fd: fd, ssl: ssl)
    }

    static func error(_ what: String) -> SocketError {
        let code = ERR_get_error()
        ERR_clear_error()
        guard code != 0 else { return SocketError(call: "TLS", message: what) }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return SocketError(call: "TLS", message: "\(what): \(buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })")
    }
}
