//! A tiny XML writer: nested elements, attributes, text, each escaped (`&`, `<`, `>`,
//! `"`, `'`), indented two spaces. Enough for the e-invoice; no dependency. Room:
//! documents.

/// An XML document being written.
pub(crate) struct Xml {
    out: String,
    open: Vec<&'static str>,
}

/// `text` with the five XML special characters escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

impl Xml {
    pub fn new() -> Xml {
        Xml {
            out: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".to_string(),
            open: Vec::new(),
        }
    }

    fn start(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.out.push_str(&"  ".repeat(self.open.len()));
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            self.out.push_str(&format!(" {name}=\"{}\"", escape(value)));
        }
        self.out.push('>');
    }

    /// Opens `tag` with `attributes`; `close` ends it.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&str, &str)]) -> &mut Self {
        self.start(tag, attributes);
        self.out.push('\n');
        self.open.push(tag);
        self
    }

    /// Ends the innermost open element.
    pub fn close(&mut self) -> &mut Self {
        if let Some(tag) = self.open.pop() {
            self.out.push_str(&"  ".repeat(self.open.len()));
            self.out.push_str(&format!("</{tag}>\n"));
        }
        self
    }

    /// An element holding `text`.
    pub fn leaf(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Self {
        self.start(tag, attributes);
        self.out.push_str(&escape(text));
        self.out.push_str(&format!("</{tag}>\n"));
        self
    }

    /// An element holding `text`, left out when the text is empty.
    pub fn some(&mut self, tag: &str, text: &str) -> &mut Self {
        match text.trim().is_empty() {
            true => self,
            false => self.leaf(tag, &[], text.trim()),
        }
    }

    /// The document, every open element closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_elements_nest() {
        let mut xml = Xml::new();
        xml.open("a", &[("x", "1 < 2 & \"3\"")])
            .leaf("b", &[], "Müller & Söhne <GmbH> 'KG'")
            .some("c", " ")
            .some("d", "x");
        let text = xml.finish();
        assert_eq!(
            text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <a x=\"1 &lt; 2 &amp; &quot;3&quot;\">\n  \
             <b>Müller &amp; Söhne &lt;GmbH&gt; &apos;KG&apos;</b>\n  <d>x</d>\n</a>\n"
        );
    }
}
