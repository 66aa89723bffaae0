import COpenSSL

/// SHA-256 through OpenSSL's libcrypto (EVP interface), the one digest the product needs:
/// document ids (`sha256:<hex>`) and ETags are derived from it.
public enum SHA256Digest {
    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        let contiguous = Array(bytes)
        let ok = contiguous.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                // EVP_Digest is one-shot: no context to leak, and it works for an empty input.
                EVP_Digest(input.baseAddress, input.count, out.baseAddress, nil, EVP_sha256(), nil)
            }
        }
        precondition(ok == 1, "EVP_Digest(sha256) failed: libcrypto is unusable")
        return output
    }

    /// Lowercase hexadecimal digest of `bytes`.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in hash(bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
