// The Draft.js and Slate pages use React 18 through createElement only; its type packages are not
// installed (the project's JSX is Preact's), so these modules are typed `any` here.
declare module 'react';
declare module 'react-dom';
declare module 'react-dom/client';
declare module 'draft-js';
