// Syntax highlighting for fenced code with a language (```bash, {: .language-python}): the lesson
// HTML carries <pre><code class="language-x">, and only a page that has such a block loads
// highlight.js, from Hearth itself (the webjar named on the article). Colours come from hearth.css,
// in light and dark, so every token keeps AA contrast. Without scripts the code stays plain.
(function () {
  "use strict";
  var blocks = document.querySelectorAll("pre > code[class*='language-']");
  var article = document.querySelector("article[data-highlighter]");
  if (blocks.length === 0 || !article) {
    return;
  }
  var script = document.createElement("script");
  script.src = article.getAttribute("data-highlighter");
  script.onload = function () {
    if (!window.hljs) {
      return;
    }
    window.hljs.configure({ ignoreUnescapedHTML: true });
    for (var i = 0; i < blocks.length; i++) {
      var language = (blocks[i].className.match(/language-([\w+#-]+)/) || [])[1];
      if (language && window.hljs.getLanguage(language)) {
        window.hljs.highlightElement(blocks[i]);
      }
    }
    document.documentElement.setAttribute("data-code-highlighted", "true");
  };
  document.body.appendChild(script);
})();
