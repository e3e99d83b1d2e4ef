import Foundation
import LayanDomain
import NIOCore
import NIOPosix
import Vapor

/// An upload received into a temporary file as it arrives: a registry file can be hundreds of
/// megabytes, and collecting it in memory first (then decoding the form, then copying the file out)
/// held it three times over. The route's limit is counted while the body streams.
struct SpooledUpload: Sendable {
    /// The temporary file, readable by this process's user only; `remove()` deletes it.
    let path: String
    /// How many bytes of the file arrived.
    let size: Int

    /// The file's bytes, read once.
    func bytes() throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array(try handle.readToEnd() ?? Data())
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

enum UploadSpool {
    /// Form fields beside the file are a token or a choice, never data: more than this is refused.
    static let fieldLimit = 64 * 1024

    /// Streams the body of a route declared with `body: .stream` to a temporary file: the whole body for
    /// a plain upload (`text/csv` and the like), the part named `filePart` of a `multipart/form-data`
    /// form. A page form's CSRF token, which `CSRFMiddleware` leaves to this function for streamed
    /// routes, must come before the file part (pages put it first) and is checked as soon as it has
    /// arrived: a forged form is refused before a byte of its file is written.
    static func receive(
        _ request: Request, limit: Int, filePart: String = "file", directory: String = NSTemporaryDirectory()
    ) async throws -> SpooledUpload {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + "layan-upload-" + UUID().uuidString
        let fileio = request.application.fileio
        let handle = try await fileio.openFile(
            path: path, mode: .write, flags: .allowFileCreation(posixMode: 0o600), eventLoop: request.eventLoop
        ).get()
        do {
            defer { try? handle.close() }
            let boundary = request.headers.contentType.flatMap { type in
                type.type == "multipart" && type.subType == "form-data" ? type.parameters["boundary"] : nil
            }
            let size: Int
            if let boundary {
                size = try await receiveForm(
                    request, boundary: boundary, limit: limit, filePart: filePart, into: handle, fileio: fileio)
            } else {
                try CSRFMiddleware.verifyDeferred(request, submitted: nil)
                size = try await receivePlain(request, limit: limit, into: handle, fileio: fileio)
            }
            return SpooledUpload(path: path, size: size)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    private static func receivePlain(
        _ request: Request, limit: Int, into handle: NIOFileHandle, fileio: NonBlockingFileIO
    ) async throws -> Int {
        var received = 0
        for try await chunk in request.body {
            received += chunk.readableBytes
            guard received <= limit else { throw Abort(.payloadTooLarge) }
            try await fileio.write(fileHandle: handle, buffer: chunk, eventLoop: request.eventLoop).get()
        }
        return received
    }

    /// Where the form's parser is: which part it reads, the small fields so far, the file's bytes
    /// waiting to be written.
    private final class FormState {
        var partName: String?
        var partBytes: [UInt8] = []
        var fields: [String: String] = [:]
        var fieldBytes = 0
        var pending: [ByteBuffer] = []
        var fileSize = 0
        var sawFile = false
        var failure: (any Error)?
    }

    private static func receiveForm(
        _ request: Request, boundary: String, limit: Int, filePart: String, into handle: NIOFileHandle,
        fileio: NonBlockingFileIO
    ) async throws -> Int {
        let parser = MultipartParser(boundary: boundary)
        let state = FormState()
        parser.onHeader = { name, value in
            guard name.lowercased() == "content-disposition" else { return }
            state.partName = dispositionName(value)
            if state.partName == filePart && !state.sawFile {
                state.sawFile = true
                do {
                    try CSRFMiddleware.verifyDeferred(
                        request, submitted: request.headers.first(name: "X-CSRF-Token") ?? state.fields["_csrf"])
                } catch { state.failure = state.failure ?? error }
            }
        }
        parser.onBody = { buffer in
            if state.partName == filePart {
                state.fileSize += buffer.readableBytes
                state.pending.append(buffer)
            } else {
                state.fieldBytes += buffer.readableBytes
                if state.fieldBytes > fieldLimit { state.failure = state.failure ?? Abort(.payloadTooLarge) }
                state.partBytes += buffer.readableBytesView
            }
        }
        parser.onPartComplete = {
            if let name = state.partName, name != filePart {
                state.fields[name] = String(decoding: state.partBytes, as: UTF8.self)
            }
            (state.partName, state.partBytes) = (nil, [])
        }
        var received = 0
        for try await chunk in request.body {
            received += chunk.readableBytes
            guard received <= limit else { throw Abort(.payloadTooLarge) }
            do { try parser.execute(chunk) } catch { throw malformed }
            if let failure = state.failure { throw failure }
            // What comes before the file is a token and a few choices: a body that does not reach its
            // file part within the fields' allowance is not this form.
            if !state.sawFile && received > fieldLimit {
                try CSRFMiddleware.verifyDeferred(
                    request, submitted: request.headers.first(name: "X-CSRF-Token") ?? state.fields["_csrf"])
                throw malformed
            }
            for buffer in state.pending {
                try await fileio.write(fileHandle: handle, buffer: buffer, eventLoop: request.eventLoop).get()
            }
            state.pending.removeAll()
        }
        // A form with no file part still had to show its token.
        if !state.sawFile {
            try CSRFMiddleware.verifyDeferred(
                request, submitted: request.headers.first(name: "X-CSRF-Token") ?? state.fields["_csrf"])
        }
        return state.fileSize
    }

    static let malformed = LayanError(
        .unprocessableEntity, code: "invalid_body",
        text: LocalizedText(id: "Formulir unggahan rusak.", en: "The upload form is malformed."))

    /// The `name` of a `Content-Disposition: form-data; name="file"; filename="x.csv"` header.
    static func dispositionName(_ value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "name" else {
                continue
            }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
