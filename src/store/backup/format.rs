//! The backup file, byte by byte: a header (`KONTORBK`, the format version, an estimate of
//! the entries to come), entries (a put or a delete of one key in one tree, named by the
//! tree's name), and an end (the number of entries and the SHA-256 of every byte before
//! it). A reader checks all of it before anything is restored: a file that is cut short,
//! altered or written by a newer kontor is refused with one line. Room: store.

use std::io::{self, Read, Write};

use sha2::{Digest, Sha256};

use crate::store::error::{StoreError, StoreResult};

/// The first bytes of every backup.
const MAGIC: &[u8; 8] = b"KONTORBK";
/// The format this kontor writes and the newest it reads.
pub const FORMAT: u16 = 1;

const PUT: u8 = 1;
const DELETE: u8 = 2;
const END: u8 = 0;

/// One change to apply on restore, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Put {
        tree: String,
        key: Vec<u8>,
        value: Vec<u8>,
    },
    Delete {
        tree: String,
        key: Vec<u8>,
    },
}

/// Writes a backup to `out`, hashing every byte on the way.
pub struct Writer<W: Write> {
    out: W,
    hash: Sha256,
    entries: u64,
    bytes: u64,
}

impl<W: Write> Writer<W> {
    /// Writes the header; `estimate` is how many entries the reader may expect (for a
    /// progress bar; not checked).
    pub fn start(out: W, estimate: u64) -> io::Result<Writer<W>> {
        let mut writer = Writer {
            out,
            hash: Sha256::new(),
            entries: 0,
            bytes: 0,
        };
        writer.write(MAGIC)?;
        writer.write(&FORMAT.to_be_bytes())?;
        writer.write(&estimate.to_be_bytes())?;
        Ok(writer)
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.hash.update(bytes);
        self.bytes += bytes.len() as u64;
        self.out.write_all(bytes)
    }

    fn write_name_and_key(&mut self, tag: u8, tree: &str, key: &[u8]) -> io::Result<()> {
        let name = u8::try_from(tree.len())
            .map_err(|_| io::Error::other(format!("tree name {tree} is too long")))?;
        self.write(&[tag, name])?;
        self.write(tree.as_bytes())?;
        self.write(&length(key)?.to_be_bytes())?;
        self.write(key)
    }

    /// One key of `tree` holding `value`.
    pub fn put(&mut self, tree: &str, key: &[u8], value: &[u8]) -> io::Result<()> {
        self.write_name_and_key(PUT, tree, key)?;
        self.write(&length(value)?.to_be_bytes())?;
        self.write(value)?;
        self.entries += 1;
        Ok(())
    }

    /// One key of `tree` that no longer exists.
    pub fn delete(&mut self, tree: &str, key: &[u8]) -> io::Result<()> {
        self.write_name_and_key(DELETE, tree, key)?;
        self.entries += 1;
        Ok(())
    }

    /// One entry, put or delete.
    pub fn entry(&mut self, entry: &Entry) -> io::Result<()> {
        match entry {
            Entry::Put { tree, key, value } => self.put(tree, key, value),
            Entry::Delete { tree, key } => self.delete(tree, key),
        }
    }

    /// Entries written so far.
    pub fn entries(&self) -> u64 {
        self.entries
    }

    /// Writes the end and flushes; returns the entries and the bytes of the whole file.
    pub fn finish(mut self) -> io::Result<(u64, u64)> {
        let entries = self.entries;
        self.write(&[END])?;
        self.write(&entries.to_be_bytes())?;
        let digest = self.hash.clone().finalize();
        self.out.write_all(digest.as_slice())?;
        self.out.flush()?;
        Ok((entries, self.bytes + digest.len() as u64))
    }
}

fn length(bytes: &[u8]) -> io::Result<u32> {
    u32::try_from(bytes.len()).map_err(|_| io::Error::other("a value of 4 GiB or more"))
}

/// Reads a backup, entry by entry, checking it as it goes.
pub struct Reader<R: Read> {
    input: R,
    hash: Sha256,
    entries: u64,
    /// The header's estimate of the entries.
    pub estimate: u64,
}

impl<R: Read> Reader<R> {
    /// Reads and checks the header.
    pub fn start(input: R) -> StoreResult<Reader<R>> {
        let mut reader = Reader {
            input,
            hash: Sha256::new(),
            entries: 0,
            estimate: 0,
        };
        let mut magic = [0; 8];
        reader
            .read(&mut magic)
            .map_err(|_| refused(crate::t!("core-store-backup-too-short")))?;
        if &magic != MAGIC {
            return Err(refused(crate::t!("core-store-backup-not")));
        }
        let format = u16::from_be_bytes(reader.array()?);
        if format > FORMAT {
            return Err(refused(crate::t!(
                "core-store-backup-newer",
                format = format.to_string(),
                known = FORMAT.to_string()
            )));
        }
        reader.estimate = u64::from_be_bytes(reader.array()?);
        Ok(reader)
    }

    fn read(&mut self, buffer: &mut [u8]) -> io::Result<()> {
        self.input.read_exact(buffer)?;
        self.hash.update(&*buffer);
        Ok(())
    }

    fn array<const N: usize>(&mut self) -> StoreResult<[u8; N]> {
        let mut bytes = [0; N];
        self.read(&mut bytes).map_err(cut_short)?;
        Ok(bytes)
    }

    fn bytes(&mut self, len: usize) -> StoreResult<Vec<u8>> {
        let mut bytes = Vec::new();
        (&mut self.input)
            .take(len as u64)
            .read_to_end(&mut bytes)
            .map_err(cut_short)?;
        if bytes.len() != len {
            return Err(truncated());
        }
        self.hash.update(&bytes);
        Ok(bytes)
    }

    /// The next entry; `None` after the end, once the count, the checksum and the absence
    /// of anything after them are checked.
    pub fn next_entry(&mut self) -> StoreResult<Option<Entry>> {
        let [tag] = self.array::<1>()?;
        if tag == END {
            return self.finish().map(|()| None);
        }
        if tag != PUT && tag != DELETE {
            return Err(damaged());
        }
        let [name_len] = self.array::<1>()?;
        let tree = String::from_utf8(self.bytes(usize::from(name_len))?).map_err(|_| damaged())?;
        let key_len = u32::from_be_bytes(self.array()?) as usize;
        let key = self.bytes(key_len)?;
        self.entries += 1;
        if tag == DELETE {
            return Ok(Some(Entry::Delete { tree, key }));
        }
        let value_len = u32::from_be_bytes(self.array()?) as usize;
        let value = self.bytes(value_len)?;
        Ok(Some(Entry::Put { tree, key, value }))
    }

    fn finish(&mut self) -> StoreResult<()> {
        let count = u64::from_be_bytes(self.array()?);
        let computed = self.hash.clone().finalize();
        let mut stored = [0; 32];
        self.input.read_exact(&mut stored).map_err(cut_short)?;
        let mut rest = [0; 1];
        let trailing = self.input.read(&mut rest).map_err(cut_short)?;
        if stored != computed.as_slice() || count != self.entries || trailing != 0 {
            return Err(damaged());
        }
        Ok(())
    }
}

fn truncated() -> StoreError {
    refused(crate::t!("core-store-backup-truncated"))
}

fn damaged() -> StoreError {
    refused(crate::t!("core-store-backup-damaged"))
}

/// A problem of the file, said as the end of a sentence its reader begins with the file's
/// name (`backup.kbk is cut short …`).
fn refused(what: String) -> StoreError {
    StoreError::Refused(what)
}

fn cut_short(error: io::Error) -> StoreError {
    match error.kind() {
        io::ErrorKind::UnexpectedEof => truncated(),
        _ => refused(crate::t!(
            "core-store-unreadable",
            reason = error.to_string()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut writer = Writer::start(&mut bytes, 2).unwrap();
        writer
            .put("customers", &7u64.to_be_bytes(), b"record")
            .unwrap();
        writer.delete("items", &3u64.to_be_bytes()).unwrap();
        writer.finish().unwrap();
        bytes
    }

    fn read_all(bytes: &[u8]) -> StoreResult<Vec<Entry>> {
        let mut reader = Reader::start(bytes)?;
        let mut entries = Vec::new();
        while let Some(entry) = reader.next_entry()? {
            entries.push(entry);
        }
        Ok(entries)
    }

    #[test]
    fn entries_read_back_as_written() {
        let entries = read_all(&sample()).unwrap();
        assert_eq!(
            entries,
            [
                Entry::Put {
                    tree: "customers".into(),
                    key: 7u64.to_be_bytes().to_vec(),
                    value: b"record".to_vec()
                },
                Entry::Delete {
                    tree: "items".into(),
                    key: 3u64.to_be_bytes().to_vec()
                }
            ]
        );
    }

    #[test]
    fn a_cut_file_an_altered_byte_and_trailing_bytes_are_refused() {
        let bytes = sample();
        for cut in [3, 12, 20, bytes.len() - 33, bytes.len() - 1] {
            let error = read_all(&bytes[..cut]).unwrap_err().to_string();
            assert!(
                error.contains("cut short") || error.contains("not a kontor"),
                "{cut}: {error}"
            );
        }
        for at in 0..bytes.len() {
            let mut altered = bytes.clone();
            altered[at] ^= 0x20;
            assert!(read_all(&altered).is_err(), "byte {at} altered went unseen");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(
            read_all(&longer)
                .unwrap_err()
                .to_string()
                .contains("damaged")
        );
    }

    #[test]
    fn a_newer_format_and_another_file_are_refused_naming_why() {
        let mut newer = sample();
        newer[9] = 2;
        let error = read_all(&newer).unwrap_err().to_string();
        assert!(error.contains("newer kontor (backup format 2"), "{error}");
        let error = read_all(b"id,name\n1,Alfreds\n").unwrap_err().to_string();
        assert!(error.contains("is not a kontor backup"), "{error}");
    }
}
