package io.claimline.claims.exchange.transport;

import io.claimline.claims.exchange.transport.TransferMetrics.Direction;
import io.claimline.claims.exchange.transport.TransferMetrics.Outcome;
import io.claimline.claims.exchange.transport.TransferMetrics.Result;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The transport on two local directories: a clearinghouse share mounted on the host (the upload and download
 * directories of the share), or plain directories in tests. Same contract as {@link SftpTransport}: write to
 * {@code <name>.part}, flush to disk, then an atomic rename. A directory that is missing (an unmounted share) is
 * "unavailable"; no permission is "refused".
 */
public final class DirectoryTransport implements ClearinghouseTransport {

    private final Path upload;
    private final Path download;
    private final long maxFileSize;
    private final TransferMetrics metrics;

    public DirectoryTransport(Path upload, Path download, long maxFileSize, MeterRegistry meterRegistry) {
        this.upload = upload;
        this.download = download;
        this.maxFileSize = maxFileSize;
        this.metrics = new TransferMetrics(meterRegistry);
    }

    @Override
    public void send(OutboundFile file) {
        metrics.record(Direction.OUT, () -> {
            Path target = upload.resolve(file.name());
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    long size = Files.size(target);
                    if (size == file.size()) {
                        return new Result<>(null, Outcome.SKIPPED);
                    }
                    throw TransportException.refused("'" + file.name() + "' is in " + upload + " already with "
                            + size + " bytes, not " + file.size() + ": a different file, not overwritten", null);
                }
                Path part = upload.resolve(FileNames.partOf(file.name()));
                try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                    ByteBuffer bytes = ByteBuffer.wrap(file.content());
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    // On disk before the name appears: the clearinghouse may read it the moment it is renamed.
                    channel.force(true);
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                return new Result<>(null, Outcome.TRANSFERRED);
            } catch (IOException e) {
                throw failure("send of '" + file.name() + "' to " + upload, upload, e);
            }
        });
    }

    @Override
    public List<InboundFileRef> listInbound() {
        List<InboundFileRef> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(download)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!FileNames.isPlain(name)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    files.add(new InboundFileRef(name, attributes.size()));
                }
            }
        } catch (IOException e) {
            throw failure("listing of " + download, download, e);
        }
        files.sort(Comparator.comparing(InboundFileRef::name));
        return List.copyOf(files);
    }

    @Override
    public byte[] fetch(InboundFileRef file) {
        return metrics.record(Direction.IN, () -> {
            Path source = download.resolve(file.name());
            try {
                long size = Files.size(source);
                if (size > maxFileSize) {
                    throw tooLarge(file.name(), size);
                }
                try (InputStream in = Files.newInputStream(source)) {
                    return new Result<>(BoundedRead.readAtMost(in, maxFileSize, file.name()), Outcome.TRANSFERRED);
                }
            } catch (IOException e) {
                throw failure("fetch of '" + file.name() + "' from " + download, download, e);
            }
        });
    }

    @Override
    public void remove(InboundFileRef file) {
        try {
            Files.deleteIfExists(download.resolve(file.name()));
        } catch (IOException e) {
            throw failure("removal of '" + file.name() + "' from " + download, download, e);
        }
    }

    private TransportException tooLarge(String name, long size) {
        return BoundedRead.tooLarge(name, size, maxFileSize);
    }

    private static TransportException failure(String what, Path directory, IOException e) {
        if (e instanceof AccessDeniedException) {
            return TransportException.refused("The " + what + " was refused: no permission", e);
        }
        if (e instanceof NoSuchFileException) {
            // No directory: the share is not mounted (yet), try later. No file in a directory that is there: the
            // file is gone, and asking again will not bring it back (as SFTP's "no such file").
            return Files.isDirectory(directory)
                    ? TransportException.refused("The " + what + " was refused: the file is not there", e)
                    : TransportException.unavailable("The " + what + " failed: " + directory + " is not there "
                            + "(is the share mounted?)", e);
        }
        return TransportException.unavailable("The " + what + " failed: " + e.getClass().getSimpleName(), e);
    }
}
